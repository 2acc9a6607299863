//! Parquet export (feature `parquet`): one row per event, flat typed
//! columns, written in record batches so millions of events never sit in
//! memory at once. Character offsets, the stable event id and the
//! explanation (dictionary entries, pattern, notes, as JSON text) come from
//! `tacitus-format`'s JSON record, so Parquet and JSON lines agree.

use super::OffsetCache;
use arrow_array::builder::{
    BooleanBuilder, Date32Builder, Float32Builder, Int64Builder, StringBuilder, UInt8Builder,
    UInt32Builder,
};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::WriterProperties;
use serde_json::Value;
use std::sync::Arc;
use tacitus_store::{EventRow, Store, StoreError};

/// Rows per record batch (and so per Parquet row group page flush).
const BATCH_ROWS: usize = 16_384;

/// Column names and types, in order.
const COLUMNS: &[(&str, DataType, bool)] = &[
    ("event_id", DataType::Int64, false),
    ("id", DataType::Utf8, false),
    ("doc_id", DataType::Utf8, false),
    ("date", DataType::Date32, true),
    ("outlet", DataType::Utf8, true),
    ("url", DataType::Utf8, true),
    ("source_code", DataType::Utf8, false),
    ("source_country", DataType::Utf8, true),
    ("source_sector", DataType::Utf8, true),
    ("source_text", DataType::Utf8, false),
    ("target_code", DataType::Utf8, true),
    ("target_country", DataType::Utf8, true),
    ("target_sector", DataType::Utf8, true),
    ("target_text", DataType::Utf8, true),
    ("cameo", DataType::Utf8, false),
    ("root", DataType::Utf8, false),
    ("quad_class", DataType::UInt8, false),
    ("goldstein", DataType::Float32, false),
    ("plover_type", DataType::Utf8, false),
    ("plover_mode", DataType::Utf8, true),
    ("negated", DataType::Boolean, false),
    ("future", DataType::Boolean, false),
    ("conditional", DataType::Boolean, false),
    ("hypothetical", DataType::Boolean, false),
    ("reported", DataType::Boolean, false),
    ("mentions", DataType::UInt32, false),
    ("sentence", DataType::UInt32, false),
    ("sentence_text", DataType::Utf8, false),
    ("sentence_start", DataType::UInt32, true),
    ("sentence_end", DataType::UInt32, true),
    ("trigger_text", DataType::Utf8, true),
    ("trigger_start", DataType::UInt32, true),
    ("trigger_end", DataType::UInt32, true),
    ("explanation", DataType::Utf8, false),
];

/// The Arrow schema of the export.
pub fn schema() -> SchemaRef {
    Arc::new(Schema::new(
        COLUMNS
            .iter()
            .map(|(name, ty, nullable)| Field::new(*name, ty.clone(), *nullable))
            .collect::<Vec<_>>(),
    ))
}

#[derive(Default)]
struct Columns {
    event_id: Int64Builder,
    id: StringBuilder,
    doc_id: StringBuilder,
    date: Date32Builder,
    outlet: StringBuilder,
    url: StringBuilder,
    source: [StringBuilder; 4],
    target: [StringBuilder; 4],
    cameo: StringBuilder,
    root: StringBuilder,
    quad_class: UInt8Builder,
    goldstein: Float32Builder,
    plover_type: StringBuilder,
    plover_mode: StringBuilder,
    flags: [BooleanBuilder; 5],
    mentions: UInt32Builder,
    sentence: UInt32Builder,
    sentence_text: StringBuilder,
    sentence_span: [UInt32Builder; 2],
    trigger_text: StringBuilder,
    trigger_span: [UInt32Builder; 2],
    explanation: StringBuilder,
    rows: usize,
}

fn u32_of(v: &Value) -> Option<u32> {
    v.as_u64().and_then(|n| u32::try_from(n).ok())
}

impl Columns {
    fn push(&mut self, row: &EventRow, record: &Value, url: Option<&str>) {
        let e = &row.event;
        self.event_id.append_value(row.id);
        self.id
            .append_value(record["id"].as_str().unwrap_or_default());
        self.doc_id.append_value(&e.doc_id);
        // days since 1970-01-01, Arrow's Date32
        self.date.append_option(e.date.map(|d| {
            let epoch = chrono::NaiveDate::default();
            (d - epoch).num_days() as i32
        }));
        self.outlet.append_option(row.outlet.as_deref());
        self.url.append_option(url);
        let s = &e.source;
        self.source[0].append_value(&s.code);
        self.source[1].append_option(s.country.as_deref());
        self.source[2].append_option(s.sector.as_deref());
        self.source[3].append_value(&s.text);
        let t = e.target.as_ref();
        self.target[0].append_option(t.map(|t| t.code.as_str()));
        self.target[1].append_option(t.and_then(|t| t.country.as_deref()));
        self.target[2].append_option(t.and_then(|t| t.sector.as_deref()));
        self.target[3].append_option(t.map(|t| t.text.as_str()));
        self.cameo.append_value(&e.cameo);
        self.root.append_value(&e.root);
        self.quad_class.append_value(e.quad_class);
        self.goldstein.append_value(e.goldstein);
        self.plover_type.append_value(&e.plover.event_type);
        self.plover_mode.append_option(e.plover.mode.as_deref());
        let f = &e.flags;
        for (b, v) in self.flags.iter_mut().zip([
            f.negated,
            f.future,
            f.conditional,
            f.hypothetical,
            f.reported,
        ]) {
            b.append_value(v);
        }
        self.mentions
            .append_value(u32::try_from(e.mentions).unwrap_or(u32::MAX));
        self.sentence
            .append_value(u32::try_from(e.provenance.sentence).unwrap_or(u32::MAX));
        self.sentence_text.append_value(&e.sentence_text);
        self.sentence_span[0].append_option(u32_of(&record["sentence_start"]));
        self.sentence_span[1].append_option(u32_of(&record["sentence_end"]));
        let trigger = &record["trigger"];
        self.trigger_text.append_option(trigger["text"].as_str());
        self.trigger_span[0].append_option(u32_of(&trigger["start"]));
        self.trigger_span[1].append_option(u32_of(&trigger["end"]));
        self.explanation
            .append_value(record["explanation"].to_string());
        self.rows += 1;
    }

    /// The batch so far (builders are left empty).
    fn finish(&mut self, schema: &SchemaRef) -> Result<RecordBatch, arrow_schema::ArrowError> {
        let mut arrays: Vec<ArrayRef> = vec![
            Arc::new(self.event_id.finish()),
            Arc::new(self.id.finish()),
            Arc::new(self.doc_id.finish()),
            Arc::new(self.date.finish()),
            Arc::new(self.outlet.finish()),
            Arc::new(self.url.finish()),
        ];
        for b in self.source.iter_mut().chain(self.target.iter_mut()) {
            arrays.push(Arc::new(b.finish()));
        }
        arrays.push(Arc::new(self.cameo.finish()));
        arrays.push(Arc::new(self.root.finish()));
        arrays.push(Arc::new(self.quad_class.finish()));
        arrays.push(Arc::new(self.goldstein.finish()));
        arrays.push(Arc::new(self.plover_type.finish()));
        arrays.push(Arc::new(self.plover_mode.finish()));
        for b in &mut self.flags {
            arrays.push(Arc::new(b.finish()));
        }
        arrays.push(Arc::new(self.mentions.finish()));
        arrays.push(Arc::new(self.sentence.finish()));
        arrays.push(Arc::new(self.sentence_text.finish()));
        for b in &mut self.sentence_span {
            arrays.push(Arc::new(b.finish()));
        }
        arrays.push(Arc::new(self.trigger_text.finish()));
        for b in &mut self.trigger_span {
            arrays.push(Arc::new(b.finish()));
        }
        arrays.push(Arc::new(self.explanation.finish()));
        self.rows = 0;
        RecordBatch::try_new(Arc::clone(schema), arrays)
    }
}

fn schema_err(e: impl std::fmt::Display) -> StoreError {
    StoreError::Schema(format!("parquet: {e}"))
}

/// Writes every event of the store to `out` as Parquet (zstd); returns the
/// number of events written.
pub fn write_events<W: std::io::Write + Send>(store: &Store, out: W) -> anyhow::Result<u64> {
    let schema = schema();
    let props = WriterProperties::builder()
        .set_compression(Compression::ZSTD(ZstdLevel::default()))
        .build();
    let mut writer = ArrowWriter::try_new(out, Arc::clone(&schema), Some(props))?;
    let mut columns = Columns::default();
    let mut cache = OffsetCache::new(store);
    let mut written = 0u64;
    store.for_each_event(|row| {
        let (offsets, url) = cache.get(&row).map_err(schema_err)?;
        let record = tacitus_format::event_to_json(&row.event, Some(offsets));
        columns.push(&row, &record, url);
        written += 1;
        if columns.rows >= BATCH_ROWS {
            let batch = columns.finish(&schema).map_err(schema_err)?;
            writer.write(&batch).map_err(schema_err)?;
        }
        Ok(())
    })?;
    if columns.rows > 0 {
        let batch = columns.finish(&schema)?;
        writer.write(&batch)?;
    }
    writer.close()?;
    Ok(written)
}
