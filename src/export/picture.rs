//! The layout of an exported picture: title, a subtitle saying which dates, groups and
//! grouping are shown, then the view (or every view of the registry, as cards) drawn by the
//! views' own code, and the source files as a footnote.

use egui::RichText;

use super::{Look, Picture};
use crate::dashboard::{Marks, Shown};
use crate::views::{Place, VIEWS, View, ViewCtx};

const MARGIN: f32 = 28.0;
const FOOTER: f32 = 22.0;

/// Draws `picture` filling the whole screen of `ui`.
pub fn picture_ui(ui: &mut egui::Ui, shown: &Shown<'_>, picture: Picture, look: &Look) {
    // Series of hidden groups are left out (not greyed in the legend): a slide shows what it
    // shows. The ROI bars and the funnel leave hidden groups out themselves.
    let mut kept = shown.data.clone();
    kept.retention.retain(|s| !look.hidden.contains(&s.name));
    for series in kept.trend.values_mut() {
        series.retain(|s| !look.hidden.contains(&s.name));
    }
    kept.scatter.retain(|s| !look.hidden.contains(&s.name));
    let shown = Shown {
        data: &kept,
        ..*shown
    };
    // Slides are read from across a room: larger text than on screen, a little less in the
    // dashboard's smaller cards.
    let scale = match picture {
        Picture::View(view) => view.picture_scale(),
        Picture::Dashboard => 1.08,
    };
    for font in ui.style_mut().text_styles.values_mut() {
        font.size *= scale;
    }
    // A picture does not scroll: no edge of a list is faded out as if it could.
    ui.style_mut().spacing.scroll.fade.strength = 0.0;
    let panel = egui::Frame::central_panel(ui.style()).inner_margin(MARGIN);
    egui::CentralPanel::default().frame(panel).show(ui, |ui| {
        let visuals = ui.visuals().clone();
        ui.label(
            RichText::new(picture.title_for(&shown))
                .size(28.0)
                .strong()
                .color(visuals.strong_text_color()),
        );
        let marks = match picture {
            Picture::View(view) => view.marks(),
            Picture::Dashboard => VIEWS.iter().fold(Marks::NONE, |m, v| m.or(v.marks())),
        };
        ui.label(RichText::new(shown.describe(&look.hidden, marks)).size(16.0));
        ui.add_space(14.0);
        let body = ui.available_height() - FOOTER;
        match picture {
            Picture::View(view) => {
                let mut ctx = ViewCtx::new(shown, &look.hidden, look.sort, body, Place::Picture);
                view.ui(ui, &mut ctx);
            }
            Picture::Dashboard => dashboard_ui(ui, shown, look, body),
        }
        if !look.sources.is_empty() {
            ui.with_layout(egui::Layout::bottom_up(egui::Align::Min), |ui| {
                ui.label(
                    RichText::new(crate::tr!(
                        "view-picture-source",
                        files = crate::ui::join_list(&look.sources)
                    ))
                    .small()
                    .weak(),
                );
            });
        }
    });
}

/// Every view of the registry as a card, in two rows: the first half (the wider cards: ROI,
/// funnel, retention) above, the rest below.
fn dashboard_ui(ui: &mut egui::Ui, shown: Shown<'_>, look: &Look, height: f32) {
    let gap = 10.0;
    // The cohorts are another kind of data, with a picture of their own.
    let views: Vec<&dyn View> = VIEWS
        .iter()
        .copied()
        .filter(|v| v.needs() != crate::views::Needs::Cohorts)
        .collect();
    let (top, bottom) = views.split_at(views.len() / 2);
    let rows: Vec<&[&dyn View]> = [top, bottom]
        .into_iter()
        .filter(|r| !r.is_empty())
        .collect();
    let card_height = (height - gap * (rows.len().max(1) - 1) as f32) / rows.len().max(1) as f32;
    for row in rows {
        // Each card's share of the row's width follows its view's weight.
        let total: f32 = row.iter().map(|v| v.card_weight()).sum();
        let width = ui.available_width() - gap * (row.len() - 1) as f32;
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for view in row {
                let share = width * view.card_weight() / total;
                let layout = egui::Layout::top_down(egui::Align::Min);
                ui.allocate_ui_with_layout(egui::vec2(share, card_height), layout, |ui| {
                    ui.set_width(share);
                    card_ui(ui, *view, shown, look, card_height);
                });
            }
        });
        ui.add_space(gap);
    }
}

fn card_ui(ui: &mut egui::Ui, view: &dyn View, shown: Shown<'_>, look: &Look, height: f32) {
    let frame = egui::Frame::group(ui.style()).inner_margin(8.0);
    let inner = height - frame.total_margin().sum().y;
    let width = ui.available_width() - frame.total_margin().sum().x;
    frame.show(ui, |ui| {
        ui.set_width(width);
        ui.set_height(inner);
        ui.label(RichText::new(view.title_for(&shown)).strong().size(15.0));
        let chart_height = ui.available_height() - 4.0;
        let mut ctx = ViewCtx::new(
            shown,
            &look.hidden,
            look.sort,
            chart_height,
            Place::PictureCard,
        );
        view.ui(ui, &mut ctx);
    });
}
