//! A date button and its month calendar in the reader's language: the month as the reader
//! names it (`September 2024`, `2024年9月`), weekdays from Monday (`Mo`, `一`, `月`), days
//! of the neighbouring months greyed. egui_extras' `DatePickerButton` writes its month and
//! day names and its Cancel/Save buttons in English with no way to give others.

use chrono::{Datelike, Days, Months, NaiveDate};
use egui::{Popup, PopupCloseBehavior, RichText, Ui};

use crate::tr;

/// Weeks a month grid shows: enough for any month starting on any weekday.
const WEEKS: usize = 6;

/// A button showing `date` as the reader writes it; a click opens the month of `date`, and a
/// day clicked there becomes `date` (the calendar closes; a click elsewhere closes it
/// unchanged). Returns whether `date` changed.
pub fn date_picker_ui(ui: &mut Ui, id_salt: &str, date: &mut NaiveDate) -> bool {
    let button = ui.button(crate::i18n::date(*date));
    // The month on show while the calendar is open (it starts at the date's own).
    let month_id = ui.make_persistent_id(("date-picker-month", id_salt));
    if button.clicked() {
        ui.data_mut(|d| d.insert_temp(month_id, first_of_month(*date)));
    }
    let mut changed = false;
    Popup::from_toggle_button_response(&button)
        .close_behavior(PopupCloseBehavior::CloseOnClickOutside)
        .show(|ui| {
            let mut month = ui
                .data(|d| d.get_temp::<NaiveDate>(month_id))
                .unwrap_or_else(|| first_of_month(*date));
            month_header_ui(ui, &mut month);
            if let Some(day) = month_grid_ui(ui, id_salt, month, *date) {
                *date = day;
                changed = true;
                ui.close();
            }
            ui.data_mut(|d| d.insert_temp(month_id, month));
        });
    changed
}

/// `« ‹ September 2024 › »`: a year or a month back or forward.
fn month_header_ui(ui: &mut Ui, month: &mut NaiveDate) {
    ui.horizontal(|ui| {
        let moves: [(&str, String, i32); 2] = [
            ("«", tr!("ui-date-previous-year"), -12),
            ("‹", tr!("ui-date-previous-month"), -1),
        ];
        for (symbol, hover, by) in moves {
            if ui.small_button(symbol).on_hover_text(hover).clicked() {
                *month = add_months(*month, by);
            }
        }
        // The month's name in a fixed width, so the arrows stay put from month to month.
        let title = tr!(
            "ui-date-month",
            year = month.year().to_string(),
            month = month.month()
        );
        let arrows = 4.0 * (ui.spacing().interact_size.y + ui.spacing().item_spacing.x);
        let width = (grid_width(ui) - arrows).max(0.0);
        ui.add_sized(
            [width, ui.spacing().interact_size.y],
            egui::Label::new(RichText::new(title).strong()),
        );
        let moves: [(&str, String, i32); 2] = [
            ("›", tr!("ui-date-next-month"), 1),
            ("»", tr!("ui-date-next-year"), 12),
        ];
        for (symbol, hover, by) in moves {
            if ui.small_button(symbol).on_hover_text(hover).clicked() {
                *month = add_months(*month, by);
            }
        }
    });
}

/// The weeks around `month`, Monday first, `selected` marked; the day clicked, if any.
fn month_grid_ui(
    ui: &mut Ui,
    id_salt: &str,
    month: NaiveDate,
    selected: NaiveDate,
) -> Option<NaiveDate> {
    let cell = cell_size(ui);
    let mut picked = None;
    egui::Grid::new(("date-picker-grid", id_salt))
        .spacing([0.0, 0.0])
        .show(ui, |ui| {
            for weekday in 1..=7 {
                let name = tr!("ui-date-weekday", day = weekday);
                ui.add_sized(cell, egui::Label::new(RichText::new(name).weak()));
            }
            ui.end_row();
            let back = u64::from(month.weekday().num_days_from_monday());
            let mut day = month.checked_sub_days(Days::new(back)).unwrap_or(month);
            for _ in 0..WEEKS {
                for _ in 0..7 {
                    let text = RichText::new(day.day().to_string());
                    let text = if day.month() == month.month() {
                        text
                    } else {
                        text.weak()
                    };
                    let button = egui::Button::selectable(day == selected, text);
                    if ui.add_sized(cell, button).clicked() {
                        picked = Some(day);
                    }
                    day = day.succ_opt().unwrap_or(day);
                }
                ui.end_row();
            }
        });
    picked
}

/// A day's cell: room for two digits and for a weekday's name in any of the languages.
fn cell_size(ui: &Ui) -> [f32; 2] {
    let height = ui.spacing().interact_size.y;
    [height * 1.6, height]
}

fn grid_width(ui: &Ui) -> f32 {
    7.0 * cell_size(ui)[0]
}

fn first_of_month(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

/// `month` (a first of the month) moved by `by` months, staying put at the calendar's ends.
fn add_months(month: NaiveDate, by: i32) -> NaiveDate {
    let moved = if by >= 0 {
        month.checked_add_months(Months::new(by.unsigned_abs()))
    } else {
        month.checked_sub_months(Months::new(by.unsigned_abs()))
    };
    moved.unwrap_or(month)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_move_by_months_and_years() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a date");
        assert_eq!(first_of_month(day(2024, 9, 17)), day(2024, 9, 1));
        assert_eq!(add_months(day(2024, 1, 1), -1), day(2023, 12, 1));
        assert_eq!(add_months(day(2024, 12, 1), 1), day(2025, 1, 1));
        assert_eq!(add_months(day(2024, 9, 1), -12), day(2023, 9, 1));
        assert_eq!(add_months(NaiveDate::MAX, 1), NaiveDate::MAX);
    }
}
