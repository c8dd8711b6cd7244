//! The Channels panel: every channel name as the files write it, with what it shows as; any can
//! be renamed or merged (give two the same name), the platforms' names can be shown in English
//! or Chinese, names the built-in table knows as one channel are offered as a one-click merge,
//! and a file without a channel column can be given its channel's name. Every change reloads
//! with the new names (sums of merged channels are the sums of their parts).

use egui::RichText;

use crate::app::{Command, RoiLensApp};
use crate::data::ChannelOrigin;
use crate::data::platforms::{self, ChannelNames, DisplayNames};
use crate::tr;

pub fn channels_ui(app: &mut RoiLensApp, ui: &mut egui::Ui) {
    let Some(dataset) = app.dataset.clone() else {
        return;
    };
    let names = ChannelNames::of(&app.load_options);
    let raw = &dataset.raw_channels;
    let shown = platforms::renames(raw, &names.aliases, names.display);
    let mut next = names.clone();
    let mut colors: Vec<(String, [u8; 3])> = Vec::new();
    ui.heading(tr!("app-channels-heading"));
    let text = |d: DisplayNames| match d {
        DisplayNames::AsInData => tr!("app-channels-as-in-data"),
        DisplayNames::English => tr!("app-channels-in-english"),
        DisplayNames::Chinese => tr!("app-channels-in-chinese"),
    };
    // Named by its own label (the accessible name screen readers and tests use).
    egui::ComboBox::new("display-names", tr!("app-channels-show-names"))
        .selected_text(text(next.display))
        .show_ui(ui, |ui| {
            for d in [
                DisplayNames::AsInData,
                DisplayNames::English,
                DisplayNames::Chinese,
            ] {
                ui.selectable_value(&mut next.display, d, text(d));
            }
        });
    for (group, into) in platforms::suggested_merges(raw, &shown) {
        let shown_as: Vec<String> = group
            .iter()
            .map(|n| shown.get(n).unwrap_or(n).clone())
            .collect();
        ui.label(
            RichText::new(tr!(
                "app-channels-look-alike",
                names = list_words(&shown_as)
            ))
            .color(ui.visuals().warn_fg_color),
        );
        if ui
            .button(tr!("app-channels-merge-as", name = into))
            .clicked()
        {
            for name in &group {
                next.aliases.insert(name.clone(), into.to_owned());
            }
        }
    }
    let field_width = (ui.available_width() * 0.5).max(80.0);
    egui::CollapsingHeader::new(tr!("app-channels-rename", count = raw.len().to_string()))
        .id_salt("channel-names")
        .show(ui, |ui| {
            for name in raw {
                ui.horizontal(|ui| {
                    let current = shown.get(name).unwrap_or(name).clone();
                    // The colour of the channel as shown (merged names share one).
                    if let Some(mut rgb) = app.colors.get(&current).copied() {
                        let picker = egui::color_picker::color_edit_button_srgb(ui, &mut rgb)
                            .on_hover_text(tr!("app-channels-colour", name = &current));
                        if picker.changed() {
                            colors.push((current.clone(), rgb));
                        }
                    }
                    ui.label(RichText::new(name).small())
                        .on_hover_text(tr!("app-channels-name-in-files"));
                    ui.label("→");
                    let input = app
                        .channel_inputs
                        .entry(name.clone())
                        .or_insert_with(|| current.clone());
                    let edit = ui.add(
                        egui::TextEdit::singleline(input)
                            .desired_width(field_width)
                            .id_salt(("channel-name", name)),
                    );
                    let edit = edit.on_hover_text(tr!("app-channels-shown-as-hint"));
                    if edit.lost_focus() {
                        let wanted = input.trim().to_owned();
                        if wanted.is_empty() || wanted == *name {
                            next.aliases.remove(name);
                        } else if wanted != current {
                            next.aliases.insert(name.clone(), wanted);
                        }
                    } else if !edit.has_focus() && *input != current {
                        // Follow the names in force (after a merge, a reload, a new file).
                        *input = current;
                    }
                });
            }
            // Files that are one channel: their channel's name can be set here.
            for source in &dataset.sources {
                let Some(whole) = source.channel.whole_file() else {
                    continue;
                };
                let file = source
                    .path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let one_channel = match &source.channel {
                    ChannelOrigin::Platform(_) => {
                        tr!("app-channels-one-channel-headers", file = &file)
                    }
                    ChannelOrigin::FileName(_) => {
                        tr!("app-channels-one-channel-file-name", file = &file)
                    }
                    _ => tr!("app-channels-one-channel-given", file = &file),
                };
                ui.label(RichText::new(one_channel).small().weak());
                // The box's key: `file:` and the file's name (raw names are keys too).
                let input = app
                    .channel_inputs
                    .entry(["file:", file.as_str()].concat())
                    .or_insert_with(|| whole.to_owned());
                let edit = ui.add(
                    egui::TextEdit::singleline(input)
                        .desired_width(field_width)
                        .id_salt(("file-channel", &file)),
                );
                if edit.lost_focus() {
                    let wanted = input.trim().to_owned();
                    if !wanted.is_empty() && wanted != whole {
                        next.files.insert(file.clone(), wanted);
                    }
                }
            }
        });
    if next != names {
        app.channel_inputs.clear();
        app.push(Command::SetChannelNames(next));
    }
    for (name, rgb) in colors {
        app.push(Command::SetColor(name, rgb));
    }
}

/// `A and B`, `A, B and C` (as the language lists names).
fn list_words(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [first, last] => tr!("app-list-two", first = first, last = last),
        [rest @ .., last] => tr!(
            "app-list-many",
            rest = rest.join(&tr!("app-list-separator")),
            last = last
        ),
    }
}
