//! The views: one file each, and [`VIEWS`], the one list every place that shows views reads —
//! the dashboard grid, the maximise menu, the export window, a PNG of any view and
//! `roi-lens chart --chart` with its help text.
//!
//! Adding a view is one new file implementing [`View`] and one line in [`VIEWS`]. A view draws
//! from a [`ViewCtx`] (the computed values and how to show them) and reports what the user did
//! as [`ViewEvent`]s; it never changes the app's state or computes a metric.

mod cohorts;
mod funnel;
mod plan;
mod retention;
mod roi;
mod scatter;
mod table;
mod trend;

use std::collections::BTreeSet;

use crate::budget::PlannerSettings;
use crate::dashboard::{Marks, Shown, TableSort};
use crate::metrics::Metric;

/// Every view, in the dashboard's order. Views that are [`View::wide`] go below the grid.
pub static VIEWS: &[&dyn View] = &[
    &roi::Roi,
    &funnel::Funnel,
    &retention::Retention,
    &trend::Trend,
    &scatter::Scatter,
    &table::KpiTable,
    &plan::BudgetPlan,
    &cohorts::Cohorts,
];

/// One kind of view.
pub trait View: Sync {
    /// Its name on the command line, in file names and in workspaces: `roi`.
    fn id(&self) -> &'static str;

    /// A fixed title, for menus and hover texts, in the language in force.
    fn title(&self) -> String;

    /// The title over what is shown: it may name the grouping or the metric.
    fn title_for(&self, shown: &Shown<'_>) -> String {
        let _ = shown;
        self.title()
    }

    /// The statistics it draws (its picture's subtitle explains those).
    fn marks(&self) -> Marks {
        Marks::NONE
    }

    /// The data it needs computed.
    fn needs(&self) -> Needs {
        Needs::Charts
    }

    /// How much larger than on screen the text of a picture of this view alone is: slides are
    /// read from across a room.
    fn picture_scale(&self) -> f32 {
        1.3
    }

    /// Its card's share of a row of the dashboard picture, relative to the others' (1 each by
    /// default): a table of numbers needs more width than a chart.
    fn card_weight(&self) -> f32 {
        1.0
    }

    /// Full width below the grid of cards, rather than a cell of it.
    fn wide(&self) -> bool {
        false
    }

    /// The height of its card on the dashboard, when it needs more than a chart's.
    fn card_height(&self) -> Option<f32> {
        None
    }

    /// Controls in the card's header, laid out right to left after Maximise and PNG….
    fn header_ui(&self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        let _ = (ui, ctx);
    }

    /// Draws the view in the space `ctx.height` allows.
    fn ui(&self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>);
}

/// Up to this many groups a table lays out every row (readable by screen readers and tests
/// wherever it is scrolled); more are laid out only when in sight, so that thousands of
/// campaigns cost a frame no more than a screenful.
const ALWAYS_LAID_OUT: usize = 61;

/// What a view needs computed before it can draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needs {
    /// The dashboard's charts (and, when switched on, their statistics).
    Charts,
    /// The budget plan (response curves per group, then its intervals).
    Plan,
    /// The cohorts of an event log: shown only when one is loaded, and not a card of the
    /// dashboard picture (a different kind of data, with its own picture).
    Cohorts,
}

/// Where a view is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// In the app, interactive.
    Screen,
    /// A card of an exported dashboard picture: little room.
    PictureCard,
    /// An exported picture of this view alone.
    Picture,
}

/// What a view draws from, and where its events go.
pub struct ViewCtx<'a> {
    pub shown: Shown<'a>,
    /// Groups hidden from the charts (clicked off in a legend).
    pub hidden: &'a BTreeSet<String>,
    pub sort: TableSort,
    pub height: f32,
    pub place: Place,
    /// The planner's settings in force (the controls show them); `None` in a picture, which
    /// shows the plan's own.
    pub planner: Option<&'a PlannerSettings>,
    /// Re-planning is under way.
    pub planning: bool,
    /// The plan's intervals are being computed: resamples done of total.
    pub plan_progress: Option<(usize, usize)>,
    /// Event logs are being loaded or their cohorts computed.
    pub cohorts_busy: bool,
    /// What the user asked for while the view was drawn.
    pub events: Vec<ViewEvent>,
}

impl<'a> ViewCtx<'a> {
    pub fn new(
        shown: Shown<'a>,
        hidden: &'a BTreeSet<String>,
        sort: TableSort,
        height: f32,
        place: Place,
    ) -> Self {
        ViewCtx {
            shown,
            hidden,
            sort,
            height,
            place,
            planner: None,
            planning: false,
            plan_progress: None,
            cohorts_busy: false,
            events: Vec::new(),
        }
    }

    /// Reads the legend of the plot `plot_id` (whose entries are `entries`) after it was drawn:
    /// when the user clicked a group off or on there, every chart hides or shows it.
    pub fn follow_legend<'n>(
        &mut self,
        ui: &egui::Ui,
        plot_id: egui::Id,
        entries: impl Iterator<Item = &'n str>,
    ) {
        if let Some(hidden) =
            crate::ui::plot::changed_hidden(ui.ctx(), plot_id, entries, self.hidden)
        {
            self.events.push(ViewEvent::SetHidden(hidden));
        }
    }

    /// After a chart drew its legend (`entries`, `placed`): a click beside the chart, or in
    /// egui_plot's legend inside it, hides or shows a group in every chart.
    pub fn follow_placed_legend(
        &mut self,
        ui: &egui::Ui,
        plot_id: egui::Id,
        placed: crate::ui::legend::Placed,
        entries: &[crate::ui::legend::Entry<'_>],
    ) {
        use crate::ui::legend::{Placed, Swatch};
        match placed {
            Placed::Beside(Some(now)) => self.events.push(ViewEvent::SetHidden(now)),
            Placed::Beside(None) => {}
            Placed::Inside => {
                let groups = entries.iter().filter(|e| e.swatch != Swatch::Reference);
                self.follow_legend(ui, plot_id, groups.map(|e| e.name));
            }
        }
    }

    /// Interactive (the app), rather than a picture.
    pub fn on_screen(&self) -> bool {
        self.place == Place::Screen
    }
}

/// What a person did in a view; the app turns each into a command.
#[derive(Clone, Debug, PartialEq)]
pub enum ViewEvent {
    /// The set of groups hidden from every chart changed (a legend was clicked).
    SetHidden(BTreeSet<String>),
    SortTable(TableSort),
    SetTrendMetric(Metric),
    /// Save the KPI table as CSV (opens the export window).
    ExportTableCsv,
    /// Copy the KPI table to the clipboard.
    CopyTable,
    /// New budget planner settings.
    SetPlanner(PlannerSettings),
    /// Save the budget plan as CSV (opens the export window).
    ExportPlanCsv,
    /// Save the cohort table as CSV (opens the export window).
    ExportCohortsCsv,
    /// The heatmap shows this channel's cohorts (`None`: every user together).
    SetHeatmapChannel(Option<String>),
}

/// A view from the registry, comparable and printable by its id.
#[derive(Clone, Copy)]
pub struct ViewRef(pub &'static dyn View);

impl ViewRef {
    /// The view with this id (`roi`, `funnel`, …), case-insensitive.
    pub fn from_id(id: &str) -> Option<ViewRef> {
        let wanted = id.trim().to_ascii_lowercase();
        VIEWS.iter().find(|v| v.id() == wanted).map(|v| ViewRef(*v))
    }

    /// Every view.
    pub fn all() -> impl Iterator<Item = ViewRef> {
        VIEWS.iter().map(|v| ViewRef(*v))
    }

    /// The KPI table (its CSV and clipboard exports are the table's).
    pub fn table() -> ViewRef {
        ViewRef(&table::KpiTable)
    }

    /// The budget plan (its CSV export is the plan's table).
    pub fn plan() -> ViewRef {
        ViewRef(&plan::BudgetPlan)
    }

    /// The cohorts of the event logs (their CSV export is the cohort table).
    pub fn cohorts() -> ViewRef {
        ViewRef(&cohorts::Cohorts)
    }

    /// `roi, funnel, …`: the ids for a help text or an error message.
    pub fn ids() -> String {
        VIEWS.iter().map(|v| v.id()).collect::<Vec<_>>().join(", ")
    }
}

impl std::ops::Deref for ViewRef {
    type Target = dyn View;

    fn deref(&self) -> &Self::Target {
        self.0
    }
}

impl PartialEq for ViewRef {
    fn eq(&self, other: &Self) -> bool {
        self.0.id() == other.0.id()
    }
}

impl Eq for ViewRef {}

impl std::hash::Hash for ViewRef {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.id().hash(state);
    }
}

impl std::fmt::Debug for ViewRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ViewRef({})", self.0.id())
    }
}
