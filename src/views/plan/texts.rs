//! The plan table's texts, written once per plan, language and digit style and kept in egui's
//! memory: with thousands of campaigns, writing every row's numbers (and measuring which is
//! widest) each frame cost tens of milliseconds; a frame now only draws the rows in sight.

use std::sync::Arc;

use crate::budget::{Curves, GroupCurve, PlanData};
use crate::i18n::{Lang, big_number, language, plain_digits};
use crate::plan::{Plan, PlanIntervals, PlanRow, RowStatus};
use crate::tr;

/// The right-aligned columns: today, plan, change, average ROI, mROI now, mROI planned,
/// revenue now, revenue planned.
pub(super) const NUMBERS: usize = 8;

/// The column of marginal ROI now, among [`NUMBERS`] (it carries the interval).
pub(super) const MROI_NOW: usize = 4;

/// What the table gives up to fit a narrow pane, least first.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Fit {
    /// Everything: intervals beside marginal ROI, headings on one line, amounts to the cent.
    Full,
    /// The intervals on hover, long headings on two lines.
    Compact,
    /// Also amounts in whole units (the cents stay in the CSV).
    Whole,
}

impl Fit {
    const ALL: [Fit; 3] = [Fit::Full, Fit::Compact, Fit::Whole];

    fn index(self) -> usize {
        self as usize
    }
}

/// A number of the table, written as a fit has it.
#[derive(Clone, Copy)]
enum Value {
    Money(Option<f64>),
    /// A signed amount: `+740.45`.
    Change(f64),
    /// A ratio, `–` when there is none.
    Multiple(Option<f64>),
}

impl Value {
    fn text(self, decimals: usize) -> String {
        // Rounded first, so that a whole -0.4 is `0`, not `-0`.
        let round = |v: f64| {
            let v = if decimals == 0 { v.round() } else { v };
            if v == 0.0 { 0.0 } else { v }
        };
        match self {
            Value::Money(v) => v.map_or_else(String::new, |v| big_number(round(v), decimals)),
            Value::Change(v) => {
                let v = round(v);
                let sign = if v > 0.0 { "+" } else { "" };
                format!("{sign}{}", big_number(v, decimals))
            }
            Value::Multiple(v) => v.map_or_else(|| "–".to_owned(), |v| format!("{v:.2}")),
        }
    }
}

/// One group's row, every text it may show.
pub(super) struct RowText {
    /// The numbers to the cent (and ratios to two decimals).
    cents: [String; NUMBERS],
    /// The numbers in whole units (ratios as in `cents`).
    whole: [String; NUMBERS],
    /// Marginal ROI now with its interval, `1.52 (1.37–1.68)`, when the bootstrap has run.
    mroi_with_interval: Option<String>,
    /// The interval's hover text where the column leaves it out.
    pub interval_hover: Option<String>,
    pub status: String,
    pub status_hover: Option<String>,
    pub hold_hover: String,
}

impl RowText {
    /// Column `c` of the numbers as `fit` writes it (marginal ROI with its interval in full).
    pub fn number(&self, c: usize, fit: Fit) -> &str {
        match (&self.mroi_with_interval, fit) {
            (Some(with_interval), Fit::Full) if c == MROI_NOW => with_interval,
            (_, Fit::Whole) => &self.whole[c],
            _ => &self.cents[c],
        }
    }
}

/// Every text of the plan table, and what they were written from.
pub(super) struct PlanTexts {
    written_from: WrittenFrom,
    /// The headings and their hover texts, in column order.
    pub headings: [(String, String); NUMBERS + 3],
    pub rows: Vec<RowText>,
    /// Per fit and column of numbers, the few texts that can be widest (with the most
    /// characters): only those are measured for the column's width.
    pub longest_numbers: [[Vec<String>; NUMBERS]; 3],
    pub longest_names: Vec<String>,
    pub longest_status: Vec<String>,
}

impl PlanTexts {
    pub fn longest_numbers(&self, fit: Fit, c: usize) -> &[String] {
        &self.longest_numbers[fit.index()][c]
    }
}

/// What the texts depend on: the plan (its curves by identity, held so that the address is
/// not reused; the rest by value), the language and the digit style.
struct WrittenFrom {
    curves: Arc<Curves>,
    plan: Plan,
    intervals: Option<PlanIntervals>,
    lang: Lang,
    plain_digits: bool,
}

impl WrittenFrom {
    fn of(plan: &PlanData) -> WrittenFrom {
        WrittenFrom {
            curves: plan.curves.clone(),
            plan: plan.plan.clone(),
            intervals: plan.intervals.clone(),
            lang: language(),
            plain_digits: plain_digits(),
        }
    }

    fn still(&self, plan: &PlanData) -> bool {
        Arc::ptr_eq(&self.curves, &plan.curves)
            && self.lang == language()
            && self.plain_digits == plain_digits()
            && self.plan == plan.plan
            && self.intervals == plan.intervals
    }
}

/// The texts of `plan` in the language and digit style in force: the ones kept from an
/// earlier frame when they were written from the same, else written now and kept.
pub(super) fn texts_of(ui: &egui::Ui, plan: &PlanData) -> Arc<PlanTexts> {
    let id = egui::Id::unique("plan-table-texts");
    let kept: Option<Arc<PlanTexts>> = ui.data(|d| d.get_temp(id));
    if let Some(texts) = kept.filter(|t| t.written_from.still(plan)) {
        return texts;
    }
    let texts = Arc::new(write(plan));
    ui.data_mut(|d| d.insert_temp(id, texts.clone()));
    texts
}

/// Writes every text of the table.
fn write(plan: &PlanData) -> PlanTexts {
    let headings = headings(plan);
    let rows: Vec<RowText> = plan
        .curves
        .groups
        .iter()
        .zip(&plan.plan.rows)
        .enumerate()
        .map(|(i, (g, row))| row_text(plan, i, g, row))
        .collect();
    let longest_numbers = Fit::ALL.map(|fit| {
        std::array::from_fn(|c| owned(longest(&mut rows.iter().map(|r| r.number(c, fit)))))
    });
    let longest_names = owned(longest(
        &mut plan.curves.groups.iter().map(|g| g.name.as_str()),
    ));
    let longest_status = owned(longest(&mut rows.iter().map(|r| r.status.as_str())));
    PlanTexts {
        written_from: WrittenFrom::of(plan),
        headings,
        rows,
        longest_numbers,
        longest_names,
        longest_status,
    }
}

fn owned(texts: Vec<&str>) -> Vec<String> {
    texts.into_iter().map(str::to_owned).collect()
}

/// The few texts with the most characters: the ones that can be widest.
pub(super) fn longest<'a>(texts: &mut dyn Iterator<Item = &'a str>) -> Vec<&'a str> {
    const FEW: usize = 4;
    let mut few: Vec<(usize, &str)> = Vec::with_capacity(FEW + 1);
    for text in texts {
        let n = text.chars().count();
        if few.len() < FEW || few.last().is_some_and(|(m, _)| n > *m) {
            few.push((n, text));
            few.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
            few.truncate(FEW);
        }
    }
    few.into_iter().map(|(_, t)| t).collect()
}

/// The headings and their hover texts, in column order.
fn headings(plan: &PlanData) -> [(String, String); NUMBERS + 3] {
    [
        (String::new(), tr!("view-plan-col-hold-hover")),
        (plan.curves.group_by.label(), String::new()),
        (tr!("view-plan-col-today"), tr!("view-plan-col-today-hover")),
        (tr!("view-plan-col-plan"), tr!("view-plan-col-plan-hover")),
        (
            tr!("view-plan-col-change"),
            tr!("view-plan-col-change-hover"),
        ),
        (tr!("view-plan-col-avg"), tr!("view-plan-col-avg-hover")),
        (
            tr!("view-plan-col-mroi-now"),
            tr!("view-plan-col-mroi-now-hover"),
        ),
        (
            tr!("view-plan-col-mroi-plan"),
            tr!("view-plan-col-mroi-plan-hover"),
        ),
        (
            tr!("view-plan-col-revenue-now"),
            tr!("view-plan-col-revenue-now-hover"),
        ),
        (
            tr!("view-plan-col-revenue-plan"),
            tr!("view-plan-col-revenue-plan-hover"),
        ),
        (tr!("view-plan-col-status"), String::new()),
    ]
}

/// Group `i`'s row.
fn row_text(plan: &PlanData, i: usize, g: &GroupCurve, row: &PlanRow) -> RowText {
    // A held group's revenue is what it earns today, both now and in the plan.
    let held = row.revenue_now.is_none().then_some(g.observed_revenue);
    let (status, status_hover) = status_words(row);
    let numbers = [
        Value::Money(Some(row.spend_now)),
        Value::Money(Some(row.spend_plan)),
        Value::Change(row.change),
        Value::Multiple(g.observed_roi),
        Value::Multiple(row.mroi_now),
        Value::Multiple(row.mroi_plan),
        Value::Money(row.revenue_now.or(held)),
        Value::Money(row.revenue_plan.or(held)),
    ];
    let cents = numbers.map(|v| v.text(2));
    let interval = plan
        .intervals
        .as_ref()
        .and_then(|iv| iv.rows.get(i))
        .and_then(|r| r.mroi_now)
        .map(|iv| format!("{:.2}–{:.2}", iv.lo, iv.hi));
    RowText {
        whole: numbers.map(|v| v.text(0)),
        mroi_with_interval: interval
            .as_ref()
            .map(|iv| format!("{} ({iv})", cents[MROI_NOW])),
        interval_hover: interval.map(|iv| tr!("view-plan-interval-hover", interval = iv.as_str())),
        cents,
        status,
        status_hover,
        hold_hover: tr!("view-plan-hold-hover", group = g.name.as_str()),
    }
}

/// A row's status in a few words, and the full reason on hover.
fn status_words(row: &PlanRow) -> (String, Option<String>) {
    match &row.status {
        RowStatus::Fitted if row.extrapolated => (
            tr!("view-plan-status-extrapolated"),
            Some(tr!("view-plan-status-extrapolated-hover")),
        ),
        RowStatus::Fitted => (tr!("view-plan-status-planned"), None),
        RowStatus::Locked => (tr!("view-plan-status-locked"), None),
        RowStatus::Refused(_) => (tr!("view-plan-status-refused"), None),
    }
}
