//! Readers of JSON objects for the structs a draft holds, smaller in the
//! app's bundles than `#[derive(Deserialize)]`, which also reads a struct
//! from a list by position, names its fields through an enum of their own
//! and repeats the reading of a field's type for every field. Both fill a
//! `Default` value: missing keys keep their default, unknown keys are
//! skipped (what the derive does with `#[serde(default)]`). The structs are
//! written by the derived `Serialize`; the tests below hold each to reading
//! every key it writes.
//!
//! - `read_by_key!(Type { "key" => field, .. })`: fields of any type.
//! - `read_texts!(Type { field: Text, field: List, .. })`: records of texts
//!   and lists of texts, read by one function (`fill_slots`) for all of
//!   them: about 4 KB brotli less than the derive in each bundle that reads
//!   drafts.

use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};

macro_rules! read_by_key {
    ($type:ty { $($key:literal => $field:ident),* $(,)? }) => {
        impl<'de> serde::Deserialize<'de> for $type {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<$type, D::Error> {
                struct ByKey;

                impl<'de> serde::de::Visitor<'de> for ByKey {
                    type Value = $type;

                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str("an object")
                    }

                    fn visit_map<M: serde::de::MapAccess<'de>>(self, mut map: M) -> Result<$type, M::Error> {
                        let mut value = <$type>::default();
                        while let Some(key) = map.next_key::<String>()? {
                            match key.as_str() {
                                $($key => value.$field = map.next_value()?,)*
                                _ => _ = map.next_value::<serde::de::IgnoredAny>()?,
                            }
                        }
                        Ok(value)
                    }
                }

                deserializer.deserialize_map(ByKey)
            }
        }
    };
}

macro_rules! read_texts {
    ($type:ty { $($field:ident: $slot:ident),* $(,)? }) => {
        impl<'de> serde::Deserialize<'de> for $type {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<$type, D::Error> {
                use $crate::domain::by_key::{fill_slots, Slot};
                let mut record = <$type>::default();
                fill_slots(deserializer, &mut [$((stringify!($field), Slot::$slot(&mut record.$field))),*])?;
                Ok(record)
            }
        }
    };
}

pub(crate) use {read_by_key, read_texts};

/// Where `fill_slots` puts the value of one key.
pub(crate) enum Slot<'a> {
    Text(&'a mut String),
    List(&'a mut Vec<String>),
}

pub(crate) fn fill_slots<'de, D: Deserializer<'de>>(deserializer: D, slots: &mut [(&'static str, Slot<'_>)]) -> Result<(), D::Error> {
    struct Texts<'r, 'a>(&'r mut [(&'static str, Slot<'a>)]);

    impl<'de> Visitor<'de> for Texts<'_, '_> {
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

    deserializer.deserialize_map(Texts(slots))
}

#[cfg(test)]
mod tests {
    use serde::de::DeserializeOwned;
    use serde::Serialize;
    use serde_json::Value;

    use crate::domain::draft::DraftData;
    use crate::domain::policy_plan::context::PlanContext;
    use crate::domain::policy_plan::figures::Figure;
    use crate::domain::policy_plan::goals::Goal;
    use crate::domain::policy_plan::planning::ActionPlan;
    use crate::domain::policy_plan::{OwnText, PolicyPlanState};

    /// `sample` reads back as itself, and each key it writes differs from
    /// the default's: a key that is written but not read would show.
    fn reads_every_key<T: Serialize + DeserializeOwned + Default + PartialEq + std::fmt::Debug>(sample: T) {
        let written = serde_json::to_value(&sample).unwrap();
        let default = serde_json::to_value(T::default()).unwrap();
        for (key, value) in written.as_object().unwrap() {
            assert_ne!(Some(value), default.get(key), "{}: the sample leaves `{key}` at its default", std::any::type_name::<T>());
        }
        assert_eq!(serde_json::from_value::<T>(written).unwrap(), sample);
    }

    /// A record of texts with every key filled with its own name.
    fn filled<T: Serialize + DeserializeOwned + Default>() -> T {
        let mut written = serde_json::to_value(T::default()).unwrap();
        for (key, value) in written.as_object_mut().unwrap() {
            *value = match value {
                Value::String(_) => Value::from(format!("{key}!")),
                Value::Array(_) => Value::from(vec![format!("{key}!")]),
                other => panic!("{key}: {other} is neither a text nor a list"),
            };
        }
        serde_json::from_value(written).unwrap()
    }

    #[test]
    fn every_record_of_texts_reads_every_key_it_writes() {
        reads_every_key(filled::<OwnText>());
        reads_every_key(filled::<Figure>());
        reads_every_key(filled::<Goal>());
        reads_every_key(filled::<ActionPlan>());
        reads_every_key(filled::<PlanContext>());
    }

    #[test]
    fn the_plan_and_the_draft_read_every_key_they_write() {
        let plan = PolicyPlanState {
            parts: [("inleiding".to_owned(), filled::<OwnText>())].into(),
            chosen: Some(vec!["kopstoring".into()]),
            own_actions: "Een ouderavond".into(),
            figures: vec![filled()],
            goals: vec![filled()],
            actions: vec![filled()],
            context: filled(),
        };
        reads_every_key(plan.clone());
        let mut answers = crate::domain::advisor::Answers::default();
        answers.municipality = "Ede".into();
        reads_every_key(DraftData {
            answers,
            step: "gemeente".into(),
            visited: vec!["gemeente".into()],
            named: true,
            policy_plan: plan,
            evaluation_of: Some("d-1".into()),
        });
    }

    #[test]
    fn missing_keys_are_empty_unknown_keys_skipped_and_kinds_kept() {
        let figure: Figure = serde_json::from_str(r#"{"value":"8,5","later":{"a":[1]}}"#).unwrap();
        assert_eq!(figure, Figure { value: "8,5".into(), ..Figure::default() });
        assert!(serde_json::from_str::<Figure>(r#"{"value":8}"#).is_err(), "a text is a text");
        assert!(serde_json::from_str::<PlanContext>(r#"{"audience":"raad"}"#).is_err(), "a list is a list");
        let data: DraftData = serde_json::from_str(r#"{"named":true,"later":1}"#).unwrap();
        assert_eq!(data, DraftData { named: true, ..DraftData::default() });
        assert!(serde_json::from_str::<DraftData>(r#"{"named":"ja"}"#).is_err());
    }
}
