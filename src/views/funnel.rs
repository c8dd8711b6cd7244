//! Impressions → clicks → conversions per group, with CTR and CVR between the stages.
//!
//! Laid out by hand rather than by a grid, so that nothing overlaps at any width: each rate is
//! a thin bar with its 95 % whisker on the bar only and the percentage beside it, never under
//! a mark; the columns fit the width they are given (the bars shrink first, then long names
//! are cut with an ellipsis, then the headers are abbreviated).

use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Vec2, pos2, vec2};

use super::{View, ViewCtx};
use crate::dashboard::{Marks, Shown};
use crate::format;
use crate::i18n::big_number;
use crate::metrics::Metric;
use crate::report::RowRef;
use crate::stats::Interval;
use crate::tr;
use crate::ui::{color32, elide_middle, marker_color};

pub struct Funnel;

/// The widest a rate bar is drawn, and the narrowest before names are cut.
const MAX_BAR: f32 = 220.0;
const MIN_BAR: f32 = 40.0;
/// Between columns, and between a bar and its percentage.
const GAP: f32 = 10.0;
const TEXT_GAP: f32 = 5.0;

/// Where the parts of one rate cell go.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RateCell {
    /// The bar's full length (the largest rate of the column fills it).
    pub track: Rect,
    /// The filled part: the rate.
    pub fill: Rect,
    /// The 95 % interval's whisker with its caps: on the bar, never beyond it.
    pub whisker: Option<Rect>,
    /// The percentage, right of the bar.
    pub text: Rect,
    /// The comparison with the baseline, right of the percentage.
    pub mark: Rect,
}

/// Lays out a rate cell starting at `left`, centred on `center_y`: a bar `bar_width` long and
/// about half a text line thick, filled to `fraction`, the whisker from `interval` (fractions
/// of the bar), then the text of size `text` and the mark `mark_width` wide.
pub fn rate_cell(
    left: f32,
    center_y: f32,
    bar_width: f32,
    text: Vec2,
    mark_width: f32,
    fraction: f32,
    interval: Option<(f32, f32)>,
) -> RateCell {
    let thickness = (text.y * 0.5).max(4.0);
    let track = Rect::from_center_size(
        pos2(left + bar_width / 2.0, center_y),
        vec2(bar_width, thickness),
    );
    let x = |f: f32| track.left() + track.width() * f.clamp(0.0, 1.0);
    let fill = Rect::from_min_max(track.min, pos2(x(fraction), track.max.y));
    let cap = thickness * 0.35;
    let whisker = interval.map(|(lo, hi)| {
        Rect::from_min_max(
            pos2(x(lo.min(hi)), track.top() - cap),
            pos2(x(lo.max(hi)), track.bottom() + cap),
        )
    });
    let text = Rect::from_min_size(
        pos2(track.right() + TEXT_GAP, center_y - text.y / 2.0),
        text,
    );
    let mark = Rect::from_min_size(
        pos2(text.right() + 3.0, text.top()),
        vec2(mark_width, text.height()),
    );
    RateCell {
        track,
        fill,
        whisker,
        text,
        mark,
    }
}

/// How the columns fit a width.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fit {
    /// The group name column, swatch included.
    pub name: f32,
    pub bar: f32,
    /// Headers abbreviated (Impr., Conv.).
    pub short: bool,
}

/// Fits the columns in `width`: `name` is what the longest group name wants, `fixed` and
/// `fixed_short` what every other column wants (counts, percentages, marks, gaps) with full
/// and with abbreviated headers. The bars shrink first (from [`MAX_BAR`] to [`MIN_BAR`]),
/// then names are cut just as much as they must (never below a fifth of the width), then the
/// headers are abbreviated (and names get back what that frees); past that the bars shrink
/// further.
pub fn fit_columns(width: f32, name: f32, fixed: f32, fixed_short: f32) -> Fit {
    let floor = name.min((width * 0.2).max(60.0));
    for (fixed, short) in [(fixed, false), (fixed_short, true)] {
        let room = width - fixed - 2.0 * MIN_BAR;
        if room >= floor {
            let name = name.min(room);
            return Fit {
                name,
                bar: ((width - name - fixed) / 2.0).min(MAX_BAR),
                short,
            };
        }
    }
    Fit {
        name: floor,
        bar: ((width - floor - fixed_short) / 2.0).max(12.0),
        short: true,
    }
}

impl View for Funnel {
    fn id(&self) -> &'static str {
        "funnel"
    }

    fn marks(&self) -> Marks {
        Marks {
            deltas: false,
            ..Marks::ALL
        }
    }

    fn title(&self) -> String {
        tr!("view-funnel-title")
    }

    fn title_for(&self, shown: &Shown<'_>) -> String {
        tr!(
            "view-funnel-title-by",
            group = shown.data.query.group_by.label()
        )
    }

    /// Tables of numbers fill a slide only in large type.
    fn picture_scale(&self) -> f32 {
        1.6
    }

    /// Counts and rates per group; rate bars carry their 95 % whiskers and baseline markers.
    fn ui(&self, ui: &mut egui::Ui, ctx: &mut ViewCtx<'_>) {
        let shown = ctx.shown;
        let data = shown.data;
        let rows: Vec<_> = data
            .chart_rows(ctx.hidden)
            .into_iter()
            .map(|i| &data.funnel[i])
            .collect();
        if rows
            .iter()
            .all(|r| r.impressions.is_none() && r.clicks.is_none())
        {
            ui.label(tr!("view-funnel-no-columns"));
            return;
        }
        let max_ctr = rows.iter().filter_map(|r| r.ctr).fold(0.0_f64, f64::max);
        let max_cvr = rows.iter().filter_map(|r| r.cvr).fold(0.0_f64, f64::max);
        let count = |v: Option<f64>| v.map_or("–".to_owned(), |v| big_number(v, 0));
        let rate = |v: Option<f64>| v.map_or("–".to_owned(), |v| format!("{:.2}%", v * 100.0));

        let font = egui::TextStyle::Body.resolve(ui.style());
        let visuals = ui.visuals().clone();
        let painter = ui.painter().clone();
        let measure = |text: &str| {
            painter
                .layout_no_wrap(text.to_owned(), font.clone(), Color32::WHITE)
                .size()
        };
        let widest = |texts: &mut dyn Iterator<Item = String>| {
            texts.map(|t| measure(&t).x).fold(0.0_f32, f32::max)
        };
        let key = data.query.group_by.label();
        let key = key.as_str();
        let line = measure("0").y;
        let swatch = line * 0.7;
        // What each column wants: the widest of its header and its values.
        let (impressions, impressions_short) = (
            tr!("view-funnel-impressions"),
            tr!("view-funnel-impressions-short"),
        );
        let (conversions, conversions_short) = (
            tr!("view-funnel-conversions"),
            tr!("view-funnel-conversions-short"),
        );
        let (ctr, clicks, cvr) = (
            tr!("view-funnel-ctr"),
            tr!("view-funnel-clicks"),
            tr!("view-funnel-cvr"),
        );
        let headers = |short: bool| -> [&str; 5] {
            [
                if short {
                    &impressions_short
                } else {
                    &impressions
                },
                &ctr,
                &clicks,
                &cvr,
                if short {
                    &conversions_short
                } else {
                    &conversions
                },
            ]
        };
        let values: [Vec<String>; 5] = [
            rows.iter().map(|r| count(r.impressions)).collect(),
            rows.iter().map(|r| rate(r.ctr)).collect(),
            rows.iter().map(|r| count(r.clicks)).collect(),
            rows.iter().map(|r| rate(r.cvr)).collect(),
            rows.iter().map(|r| count(r.conversions)).collect(),
        ];
        let mark_width = measure("▲").x;
        let columns = |short: bool| -> [f32; 5] {
            let mut w = [0.0; 5];
            for (k, (header, vals)) in headers(short).iter().zip(&values).enumerate() {
                let v = widest(&mut vals.iter().cloned());
                w[k] = if k % 2 == 1 {
                    // A rate: the bar's header may overhang the bar; the text and mark follow it.
                    v + TEXT_GAP + 3.0 + mark_width
                } else {
                    v.max(measure(header).x)
                };
            }
            w
        };
        let (full, short) = (columns(false), columns(true));
        let fixed = |w: &[f32; 5]| w.iter().sum::<f32>() + 5.0 * GAP;
        let name_wanted = swatch
            + TEXT_GAP
            + widest(&mut rows.iter().map(|r| r.group.clone()))
                .max(measure(key).x - swatch - TEXT_GAP);
        let width = ui.available_width();
        let fit = fit_columns(width, name_wanted, fixed(&full), fixed(&short));
        let widths = if fit.short { short } else { full };
        // Left edges of the six columns; a rate column is its bar then its text.
        let mut lefts = [0.0_f32; 6];
        let mut x = fit.name + GAP;
        for (k, w) in widths.iter().enumerate() {
            lefts[k + 1] = x;
            x += w + GAP + if k % 2 == 1 { fit.bar } else { 0.0 };
        }
        let col_width = |k: usize| {
            if k == 0 {
                fit.name
            } else if k.is_multiple_of(2) {
                fit.bar + widths[k - 1]
            } else {
                widths[k - 1]
            }
        };
        // Rows spread over the height they are given, within reason.
        let row_height = {
            let spread = ctx.height / (rows.len() + 1) as f32;
            spread.clamp(line + 2.0, line + 30.0)
        };
        let cut_text = |text: &str, max: f32, color: Color32, font: &FontId| {
            let mut job = egui::text::LayoutJob::single_section(
                text.to_owned(),
                egui::TextFormat::simple(font.clone(), color),
            );
            job.wrap = egui::text::TextWrapping::truncate_at_width(max.max(1.0));
            painter.layout_job(job)
        };
        let header_color = visuals.strong_text_color();
        let text_color = visuals.text_color();
        egui::ScrollArea::vertical()
            .id_salt("funnel")
            .max_height(ctx.height)
            .show(ui, |ui| {
                let painter = ui.painter().clone();
                // Rows touch: their height already holds the gap between them.
                ui.spacing_mut().item_spacing.y = 0.0;
                // The header.
                let (rect, _) = ui.allocate_exact_size(vec2(width, row_height), Sense::hover());
                let origin = rect.left();
                let y = rect.center().y;
                let header_texts = headers(fit.short);
                let hovers = [
                    None,
                    Some(tr!("view-funnel-ctr-hover")),
                    None,
                    Some(tr!("view-funnel-cvr-hover")),
                    None,
                ];
                let galley = cut_text(key, fit.name, header_color, &font);
                painter.galley(
                    pos2(origin, y - galley.size().y / 2.0),
                    galley,
                    header_color,
                );
                for k in 1..6 {
                    let text = header_texts[k - 1];
                    let left = origin + lefts[k];
                    let galley = cut_text(text, col_width(k), header_color, &font);
                    let size = galley.size();
                    // Counts are right-aligned over their numbers; rates start over their bar.
                    let at = if k % 2 == 1 {
                        pos2(left + col_width(k) - size.x, y - size.y / 2.0)
                    } else {
                        pos2(left, y - size.y / 2.0)
                    };
                    painter.galley(at, galley, header_color);
                    if let Some(hover) = &hovers[k - 1] {
                        ui.interact(
                            Rect::from_min_size(at, size),
                            ui.scope_id().with(("funnel-header", k)),
                            Sense::hover(),
                        )
                        .on_hover_text(hover);
                    }
                }
                for (n, r) in rows.iter().enumerate() {
                    let (rect, _) = ui.allocate_exact_size(vec2(width, row_height), Sense::hover());
                    if n.is_multiple_of(2) {
                        painter.rect_filled(rect, 2.0, visuals.faint_bg_color);
                    }
                    let (origin, y) = (rect.left(), rect.center().y);
                    let row = data.group_index(&r.group);
                    let color = color32(data.color_of(&r.group));
                    // A swatch of the group's colour, then its name in the text colour (a
                    // yellow name would not read on a light background).
                    painter.rect_filled(
                        Rect::from_center_size(pos2(origin + swatch / 2.0, y), Vec2::splat(swatch)),
                        2.0,
                        color,
                    );
                    let name =
                        elide_middle(&r.group, fit.name - swatch - TEXT_GAP, |t| measure(t).x);
                    let galley = cut_text(&name, fit.name - swatch - TEXT_GAP, text_color, &font);
                    let name_rect = Rect::from_min_size(
                        pos2(origin + swatch + TEXT_GAP, y - galley.size().y / 2.0),
                        galley.size(),
                    );
                    let was_cut = galley.elided || name != r.group;
                    painter.galley(name_rect.min, galley, text_color);
                    if was_cut {
                        ui.interact(
                            name_rect,
                            ui.scope_id().with(("funnel-name", n)),
                            Sense::hover(),
                        )
                        .on_hover_text(&r.group);
                    }
                    for (k, text) in [
                        (1, count(r.impressions)),
                        (3, count(r.clicks)),
                        (5, count(r.conversions)),
                    ] {
                        painter.text(
                            pos2(origin + lefts[k] + col_width(k), y),
                            Align2::RIGHT_CENTER,
                            text,
                            font.clone(),
                            text_color,
                        );
                    }
                    for (k, metric, v, max) in [
                        (2, Metric::Ctr, r.ctr, max_ctr),
                        (4, Metric::Cvr, r.cvr, max_cvr),
                    ] {
                        let text = rate(v);
                        let fraction = match v {
                            Some(v) if max > 0.0 => (v / max) as f32,
                            _ => 0.0,
                        };
                        let interval = row
                            .and_then(|i| shown.interval(metric, i))
                            .and_then(Interval::range)
                            .filter(|_| max > 0.0)
                            .map(|(lo, hi)| ((lo / max) as f32, (hi / max) as f32));
                        let cell = rate_cell(
                            origin + lefts[k],
                            y,
                            fit.bar,
                            measure(&text),
                            mark_width,
                            fraction,
                            interval,
                        );
                        paint_rate(ui, &painter, &cell, color, &text, &font);
                        // The comparison with the baseline after the percentage.
                        let verdict = row.and_then(|i| shown.verdict(metric, i));
                        if let Some(v) = verdict {
                            painter.text(
                                cell.mark.left_center(),
                                Align2::LEFT_CENTER,
                                format::marker(v.direction),
                                font.clone(),
                                marker_color(v.direction),
                            );
                        }
                        if let Some(hover) =
                            row.and_then(|i| shown.explain(metric, RowRef::Group(i)))
                        {
                            ui.interact(
                                cell.track.union(cell.mark),
                                ui.scope_id().with(("funnel-rate", n, k)),
                                Sense::hover(),
                            )
                            .on_hover_text(hover);
                        }
                    }
                }
            });
    }
}

/// Paints a laid-out rate cell: the track, the fill in the group's colour, the whisker over
/// the bar in the strong text colour, the percentage beside it.
fn paint_rate(
    ui: &egui::Ui,
    painter: &egui::Painter,
    cell: &RateCell,
    color: Color32,
    text: &str,
    font: &FontId,
) {
    let visuals = ui.visuals();
    let radius = cell.track.height() / 2.0;
    painter.rect_filled(cell.track, radius, visuals.extreme_bg_color);
    painter.rect_stroke(
        cell.track,
        radius,
        egui::Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color),
        egui::StrokeKind::Inside,
    );
    if cell.fill.width() > 0.0 {
        painter.rect_filled(cell.fill, radius, color);
    }
    if let Some(w) = cell.whisker {
        let stroke = egui::Stroke::new(1.5, visuals.strong_text_color());
        let y = w.center().y;
        painter.line_segment([pos2(w.left(), y), pos2(w.right(), y)], stroke);
        for x in [w.left(), w.right()] {
            painter.line_segment([pos2(x, w.top()), pos2(x, w.bottom())], stroke);
        }
    }
    painter.text(
        Pos2::new(cell.text.left(), cell.text.center().y),
        Align2::LEFT_CENTER,
        text,
        font.clone(),
        visuals.strong_text_color(),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whiskers_stay_on_the_bar_and_off_the_text() {
        let text = vec2(58.0, 17.0);
        for bar in [12.0, 40.0, 120.0, 220.0] {
            for (fraction, interval) in [
                (1.0, Some((0.9, 1.0))),
                (1.0, Some((0.8, 1.4))),
                (0.3, Some((-0.2, 0.5))),
                (0.0, Some((0.0, 0.0))),
                (0.5, None),
            ] {
                let cell = rate_cell(100.0, 50.0, bar, text, 12.0, fraction, interval);
                assert!(cell.track.contains_rect(cell.fill), "{cell:?}");
                assert!(!cell.text.intersects(cell.track), "{cell:?}");
                assert!(!cell.mark.intersects(cell.text), "{cell:?}");
                assert!(cell.text.left() >= cell.track.right() + TEXT_GAP - 1e-3);
                if let Some(w) = cell.whisker {
                    assert!(!w.intersects(cell.text), "{cell:?}");
                    assert!(w.left() >= cell.track.left() && w.right() <= cell.track.right());
                }
            }
        }
    }

    #[test]
    fn long_names_keep_their_ends() {
        let width = |t: &str| t.chars().count() as f32 * 10.0;
        assert_eq!(
            elide_middle("微信朋友圈信息流广告投放计划十二", 80.0, width),
            "微信朋…计划十二"
        );
        assert_eq!(elide_middle("Douyin", 80.0, width), "Douyin");
    }

    #[test]
    fn columns_fit_shrinking_bars_first_then_names_then_headers() {
        // Wide: full bars, full names, full headers.
        let fit = fit_columns(1600.0, 200.0, 600.0, 520.0);
        assert_eq!(
            fit,
            Fit {
                name: 200.0,
                bar: MAX_BAR,
                short: false
            }
        );
        // Narrower: the bars shrink, nothing else changes.
        let fit = fit_columns(1000.0, 200.0, 600.0, 520.0);
        assert_eq!(
            fit,
            Fit {
                name: 200.0,
                bar: 100.0,
                short: false
            }
        );
        // Long names are cut before the headers are abbreviated, and only as much as they
        // must: the bars at their narrowest, the names take the rest.
        let fit = fit_columns(900.0, 300.0, 600.0, 520.0);
        assert_eq!(
            fit,
            Fit {
                name: 220.0,
                bar: MIN_BAR,
                short: false
            }
        );
        // Narrow: abbreviated headers, and the names get what that frees.
        let fit = fit_columns(760.0, 300.0, 600.0, 520.0);
        assert_eq!(
            fit,
            Fit {
                name: 160.0,
                bar: MIN_BAR,
                short: true
            }
        );
        // Everything fits whenever it can.
        for width in [500.0, 700.0, 900.0, 1300.0] {
            let fit = fit_columns(width, 250.0, 560.0, 450.0);
            let used = fit.name + 2.0 * fit.bar + if fit.short { 450.0 } else { 560.0 };
            assert!(used <= width + 1e-3 || fit.bar == 12.0, "{width}: {fit:?}");
        }
    }
}
