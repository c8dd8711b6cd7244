//! Snapshot tests: the dashboard rendered through wgpu (Mesa's lavapipe software Vulkan driver
//! on machines without a GPU; scripts/setup installs it) and compared with the PNGs in
//! tests/snapshots/. Regenerate after an intended change with `UPDATE_SNAPSHOTS=1 cargo test
//! --test snapshots` and look at the new images before committing them.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use egui_kittest::{Harness, SnapshotOptions};
use roi_lens::app::{Prefs, RoiLensApp};

fn sample(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("sample_data")
        .join(name)
}

pub(crate) fn render(files: Vec<PathBuf>, dark: bool) -> Harness<'static, RoiLensApp> {
    let mut h = Harness::builder()
        .with_size([1600.0, 1000.0])
        .with_pixels_per_point(1.0)
        .with_theme(if dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        })
        .wgpu()
        .build_eframe(move |cc| {
            let prefs = Prefs {
                dark_mode: dark,
                lang: Some(crate::app::test_lang()),
                ..Prefs::default()
            };
            RoiLensApp::new(&cc.egui_ctx, prefs, files).expect("start the app")
        });
    let started = Instant::now();
    while h.state().is_busy() {
        h.step();
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "never finished loading"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    h.run_steps(6);
    h
}

/// Small differences between software rasteriser builds are tolerated; layout changes are not.
pub(crate) fn options() -> SnapshotOptions {
    SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(2000)
}

#[test]
fn dashboard_english_sample() {
    let mut h = render(vec![sample("campaigns_en.csv")], false);
    h.snapshot_options("dashboard_en", &options());
}

#[test]
fn dashboard_chinese_samples_dark() {
    let mut h = render(
        vec![
            sample("tencent_ads_gbk.csv"),
            sample("ocean_engine_utf8bom.csv"),
        ],
        true,
    );
    h.snapshot_options("dashboard_zh_dark", &options());
}

use crate::support::pictures;

/// The app lends eframe's wgpu device to the export (as `app::run` does) instead of making one.
#[test]
fn export_uses_the_windows_device() {
    use roi_lens::app::{Command, ExportKind};
    use roi_lens::export::{Gpu, ImageSpec};

    let files = vec![sample("campaigns_en.csv")];
    let mut h = Harness::builder()
        .with_size([1200.0, 800.0])
        .wgpu()
        .build_eframe(move |cc| {
            let mut app = RoiLensApp::new(
                &cc.egui_ctx,
                Prefs {
                    lang: Some(roi_lens::i18n::Lang::En),
                    ..Prefs::default()
                },
                files,
            )
            .expect("start");
            let state = cc
                .wgpu_render_state
                .as_ref()
                .expect("eframe lends a device");
            app.use_gpu(Gpu::from_render_state(state));
            app
        });
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("trend.png");
    let started = Instant::now();
    let mut asked = false;
    loop {
        h.step();
        if !asked && h.state().dashboard.is_some() && !h.state().is_busy() {
            h.state_mut().push(Command::Export {
                kind: ExportKind::Png {
                    picture: "trend".parse().expect("a view"),
                    spec: ImageSpec {
                        width: 700,
                        height: 400,
                        scale: 1,
                        dark: true,
                    },
                },
                path: path.clone(),
            });
            asked = true;
        } else if asked && !h.state().is_busy() {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "never finished"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(h.state().error, None);
    let image = pictures::open_png(&path);
    assert_eq!((image.width(), image.height()), (700, 400));
    pictures::assert_not_blank(&image);
    let data = h.state().dashboard.clone().expect("dashboard");
    pictures::assert_colours_present(&image, &data.groups, 10);
    // Drawn with the window's device: the export never made one of its own.
    assert!(!h.state().exports_made_a_device());
}
