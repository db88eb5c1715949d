//! A tracing layer that keeps every span and event the runtime records, fields as text, so a
//! test can count attempts and check that no secret was recorded.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, Mutex};

use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;

/// A span: its name and its fields, with the values recorded last.
#[derive(Debug, Clone, Default)]
pub struct SpanRecord {
    pub name: String,
    pub fields: BTreeMap<String, String>,
    /// Every value each field was given, in order.
    pub history: Vec<(String, String)>,
}

/// An event: level, message, fields, and the name of the span it happened in.
#[derive(Debug, Clone, Default)]
pub struct EventRecord {
    pub level: String,
    pub message: String,
    pub fields: BTreeMap<String, String>,
    pub span: Option<String>,
}

/// Everything recorded, in order.
#[derive(Debug, Default)]
pub struct Captured {
    pub spans: Vec<SpanRecord>,
    pub events: Vec<EventRecord>,
    ids: BTreeMap<u64, usize>,
}

impl Captured {
    /// Every span and event as text, for searching.
    pub fn text(&self) -> String {
        format!("{:?}\n{:?}", self.spans, self.events)
    }

    /// Spans named `name`.
    pub fn spans_named(&self, name: &str) -> Vec<&SpanRecord> {
        self.spans.iter().filter(|s| s.name == name).collect()
    }

    /// Events whose message is `message`.
    pub fn events_with(&self, message: &str) -> Vec<&EventRecord> {
        self.events
            .iter()
            .filter(|e| e.message == message)
            .collect()
    }
}

/// The layer; clones share what they capture.
#[derive(Clone, Default)]
pub struct Capture(pub Arc<Mutex<Captured>>);

impl Capture {
    /// A subscriber that sends everything, at every level, to a new `Capture`.
    pub fn subscriber() -> (Capture, impl Subscriber + Send + Sync) {
        let capture = Capture::default();
        let subscriber = tracing_subscriber::registry().with(capture.clone());
        (capture, subscriber)
    }

    pub fn get(&self) -> std::sync::MutexGuard<'_, Captured> {
        self.0.lock().unwrap()
    }

    /// Attempts made: the `sending JD Cloud request` events.
    pub fn attempts(&self) -> usize {
        self.get().events_with("sending JD Cloud request").len()
    }

    /// Forgets what was captured.
    pub fn clear(&self) {
        let mut captured = self.get();
        captured.spans.clear();
        captured.events.clear();
        captured.ids.clear();
    }
}

struct Fields<'a>(&'a mut Vec<(String, String)>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.0
            .push((field.name().to_string(), format!("{value:?}")));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.push((field.name().to_string(), value.to_string()));
    }
}

impl<S> Layer<S> for Capture
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, _ctx: Context<'_, S>) {
        let mut values = Vec::new();
        attrs.record(&mut Fields(&mut values));
        let mut span = SpanRecord {
            name: attrs.metadata().name().to_string(),
            ..SpanRecord::default()
        };
        for (name, value) in values {
            span.fields.insert(name.clone(), value.clone());
            span.history.push((name, value));
        }
        let mut captured = self.get();
        let index = captured.spans.len();
        captured.spans.push(span);
        captured.ids.insert(id.into_u64(), index);
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, _ctx: Context<'_, S>) {
        let mut recorded = Vec::new();
        values.record(&mut Fields(&mut recorded));
        let mut captured = self.get();
        if let Some(&index) = captured.ids.get(&id.into_u64()) {
            let span = &mut captured.spans[index];
            for (name, value) in recorded {
                span.fields.insert(name.clone(), value.clone());
                span.history.push((name, value));
            }
        }
    }

    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        let mut values = Vec::new();
        event.record(&mut Fields(&mut values));
        let mut record = EventRecord {
            level: event.metadata().level().to_string(),
            span: ctx.event_span(event).map(|s| s.name().to_string()),
            ..EventRecord::default()
        };
        for (name, value) in values {
            if name == "message" {
                record.message = value;
            } else {
                record.fields.insert(name, value);
            }
        }
        self.get().events.push(record);
    }
}
