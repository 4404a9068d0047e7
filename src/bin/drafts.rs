fn main() {
    wat_werkt_drugs::ui::mount_drafts();
}
