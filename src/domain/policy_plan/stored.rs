//! How a draft's plan is read: its records (a figure, a goal, an action, the
//! context, a part's own text) are objects of texts and lists of texts, read
//! by one reader that fills named slots. A derived reader per record would
//! repeat the text's reading code for every field, in every bundle that
//! reads drafts (about 7 KB brotli). Missing keys keep the default, unknown
//! keys are skipped, as `#[serde(default)]` does. They are written by the
//! derived `Serialize`; a test holds the two to the same keys.

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};

use super::context::PlanContext;
use super::figures::Figure;
use super::goals::Goal;
use super::planning::ActionPlan;
use super::OwnText;

/// Where the value of one key goes.
enum Slot<'a> {
    Text(&'a mut String),
    List(&'a mut Vec<String>),
}

fn read_record<'de, D: Deserializer<'de>>(deserializer: D, slots: &mut [(&'static str, Slot<'_>)]) -> Result<(), D::Error> {
    struct Record<'r, 'a>(&'r mut [(&'static str, Slot<'a>)]);

    impl<'de> Visitor<'de> for Record<'_, '_> {
        type Value = ();

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object of texts")
        }

        fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<(), M::Error> {
            while let Some(key) = map.next_key::<String>()? {
                match self.0.iter_mut().find(|(name, _)| *name == key) {
                    Some((_, Slot::Text(text))) => **text = map.next_value()?,
                    Some((_, Slot::List(list))) => **list = map.next_value()?,
                    None => _ = map.next_value::<IgnoredAny>()?,
                }
            }
            Ok(())
        }
    }

    deserializer.deserialize_map(Record(slots))
}

/// `Deserialize` for a record: its keys and where each goes.
macro_rules! read_as_record {
    ($record:ty { $($key:ident: $slot:ident),* $(,)? }) => {
        impl<'de> Deserialize<'de> for $record {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$record, D::Error> {
                let mut record = <$record>::default();
                read_record(deserializer, &mut [$((stringify!($key), Slot::$slot(&mut record.$key))),*])?;
                Ok(record)
            }
        }
    };
}

read_as_record!(OwnText { text: Text, base: Text });
read_as_record!(Figure { indicator: Text, value: Text, unit: Text, year: Text, region: Text, national: Text, source: Text, link: Text });
read_as_record!(Goal { indicator: Text, baseline: Text, target: Text, unit: Text, year: Text, measured_by: Text, moment: Text });
read_as_record!(ActionPlan {
    action: Text,
    lead: Text,
    partners: Text,
    start: Text,
    end: Text,
    budget: Text,
    funding: Text,
    goal: Text,
    reporting: Text,
});
read_as_record!(PlanContext {
    agreements: List,
    other_agreements: Text,
    region: Text,
    addiction_care: Text,
    budget: Text,
    capacity: Text,
    deadline: Text,
    audience: List,
});

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use serde_json::Value;

    /// Every key the derived writer writes, filled with its own name, reads
    /// back into the same record: no key is written that is not read.
    fn reads_every_key_it_writes<R: Serialize + for<'de> Deserialize<'de> + Default>() {
        let mut written = serde_json::to_value(R::default()).unwrap();
        for (key, value) in written.as_object_mut().unwrap() {
            *value = match value {
                Value::String(_) => Value::from(format!("{key}!")),
                Value::Array(_) => Value::from(vec![format!("{key}!")]),
                other => panic!("{key}: {other} is neither a text nor a list"),
            };
        }
        let read: R = serde_json::from_value(written.clone()).unwrap();
        assert_eq!(serde_json::to_value(read).unwrap(), written, "{}", std::any::type_name::<R>());
    }

    #[test]
    fn every_record_reads_every_key_it_writes() {
        reads_every_key_it_writes::<OwnText>();
        reads_every_key_it_writes::<Figure>();
        reads_every_key_it_writes::<Goal>();
        reads_every_key_it_writes::<ActionPlan>();
        reads_every_key_it_writes::<PlanContext>();
    }

    #[test]
    fn missing_keys_are_empty_and_unknown_keys_are_skipped() {
        let figure: Figure = serde_json::from_str(r#"{"value":"8,5","later":{"a":[1]}}"#).unwrap();
        assert_eq!(figure, Figure { value: "8,5".into(), ..Figure::default() });
        assert!(serde_json::from_str::<Figure>(r#"{"value":8}"#).is_err(), "a text is a text");
        assert!(serde_json::from_str::<PlanContext>(r#"{"audience":"raad"}"#).is_err(), "a list is a list");
    }
}
