//! Exports: PNGs drawn offscreen through wgpu (Mesa's lavapipe where there is no GPU) and the
//! KPI table as spreadsheet-safe CSV. Pictures are decoded and checked for their pixel size,
//! for content, and for each channel's colour; CSV cells are compared with the independent
//! hand calculation of the sample data.

use crate::support::expected;
use crate::support::pictures;

use std::collections::BTreeSet;
use std::path::PathBuf;

use roi_lens::budget;
use roi_lens::dashboard::{self, DashboardData, Shown, Statistics, TableSort, View};
use roi_lens::data::{Field, LoadOptions, load_files};
use roi_lens::export::{self, ExportError, Gpu, ImageSpec, Look, Picture};
use roi_lens::metrics::Metric;
use roi_lens::views::ViewRef;

fn sample(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("sample_data")
        .join(name)
}

/// The charts of `view` over `files` and their statistics.
/// The charts of `view` over `files` and what is computed beside them: their statistics and
/// the budget plan (without intervals).
fn dashboard_of(files: &[PathBuf], view: &View) -> (DashboardData, Extras) {
    let ds = load_files(files, &LoadOptions::default()).expect("load");
    let data = dashboard::compute_charts(&ds, &view.query()).expect("charts");
    let stats = dashboard::compute_statistics(&ds, &data, &view.stats_request()).expect("stats");
    let curves = budget::fit_curves(&ds, &view.filters, view.group_by).expect("curves");
    let plan = budget::make_plan(&std::sync::Arc::new(curves), &Default::default());
    (data, Extras { stats, plan })
}

struct Extras {
    stats: Statistics,
    plan: budget::PlanData,
}

fn roi() -> ViewRef {
    ViewRef::from_id("roi").expect("the ROI view")
}

fn shown<'a>(data: &'a DashboardData, extras: &'a Extras) -> Shown<'a> {
    Shown::new(data, Some(&extras.stats), View::default().presentation())
        .with_plan(Some(&extras.plan))
}

fn gpu() -> Gpu {
    Gpu::headless().expect("a wgpu device (lavapipe on machines without a GPU)")
}

fn small(scale: u32) -> ImageSpec {
    ImageSpec {
        width: 800,
        height: 450,
        scale,
        dark: false,
    }
}

#[test]
fn every_chart_renders_at_its_size_with_every_channel_colour() {
    let (data, stats) = dashboard_of(&[sample("campaigns_en.csv")], &View::default());
    let gpu = gpu();
    let dir = tempfile::tempdir().unwrap();
    // Every view of the registry, and the whole dashboard.
    for picture in Picture::all() {
        if picture == Picture::View(ViewRef::cohorts()) {
            // Drawn from an event log: its own test below.
            continue;
        }
        let path = dir.path().join(format!("{}.png", picture.name()));
        let size = export::save_png(
            &gpu,
            &shown(&data, &stats),
            picture,
            &small(1),
            &Look::default(),
            &path,
        )
        .unwrap_or_else(|e| panic!("{picture:?}: {e}"));
        assert_eq!(size, [800, 450]);
        let image = pictures::open_png(&path);
        assert_eq!((image.width(), image.height()), (800, 450), "{picture:?}");
        pictures::assert_not_blank(&image);
        // Bars, points, funnel bars and the table's colour keys are solid: several pixels each.
        // The plan's charts draw the groups with a response curve (WeChat Moments' spend never
        // varied, so it has none).
        let drawn: Vec<(String, [u8; 3])> = if picture.name() == "plan" {
            let fitted = |name: &str| {
                stats
                    .plan
                    .curves
                    .groups
                    .iter()
                    .any(|g| g.name == name && g.fit.curve().is_some())
            };
            assert!(!fitted("WeChat Moments") && fitted("Douyin"));
            data.groups
                .iter()
                .filter(|(g, _)| fitted(g))
                .cloned()
                .collect()
        } else {
            data.groups.clone()
        };
        pictures::assert_colours_present(&image, &drawn, 8);
        // Light background by default.
        let corner = image.get_pixel(1, 1).0;
        assert!(
            corner[..3].iter().all(|c| *c > 200),
            "{picture:?} corner {corner:?}"
        );
    }
}

#[test]
fn scale_multiplies_pixels_and_dark_is_dark() {
    let (data, stats) = dashboard_of(
        &[
            sample("tencent_ads_gbk.csv"),
            sample("ocean_engine_utf8bom.csv"),
        ],
        &View::default(),
    );
    let gpu = gpu();
    for scale in [2, 3] {
        let spec = ImageSpec {
            width: 400,
            height: 320,
            scale,
            dark: scale == 3,
        };
        let image = export::render(
            &gpu,
            &shown(&data, &stats),
            Picture::View(roi()),
            &spec,
            &Look::default(),
        )
        .expect("render");
        assert_eq!((image.width(), image.height()), (400 * scale, 320 * scale));
        pictures::assert_not_blank(&image);
        pictures::assert_colours_present(&image, &data.groups, 8 * (scale * scale) as usize);
        let corner = image.get_pixel(1, 1).0;
        if spec.dark {
            assert!(
                corner[..3].iter().all(|c| *c < 60),
                "dark corner {corner:?}"
            );
        } else {
            assert!(
                corner[..3].iter().all(|c| *c > 200),
                "light corner {corner:?}"
            );
        }
    }
}

#[test]
fn hidden_channels_are_left_out_of_the_picture() {
    let (data, stats) = dashboard_of(&[sample("campaigns_en.csv")], &View::default());
    let (hidden_name, hidden_rgb) = data.groups[0].clone();
    let look = Look {
        hidden: BTreeSet::from([hidden_name.clone()]),
        ..Look::default()
    };
    let image = export::render(
        &gpu(),
        &shown(&data, &stats),
        Picture::View(roi()),
        &small(1),
        &look,
    )
    .expect("render");
    assert_eq!(
        pictures::pixels_of(&image, hidden_rgb, 6),
        0,
        "{hidden_name} is hidden but drawn"
    );
    let shown: Vec<_> = data.groups[1..].to_vec();
    pictures::assert_colours_present(&image, &shown, 8);
}

#[test]
fn bad_sizes_are_refused_before_drawing() {
    let (data, stats) = dashboard_of(&[sample("campaigns_en.csv")], &View::default());
    let gpu = gpu();
    let bad = [
        ImageSpec {
            scale: 4,
            ..ImageSpec::default()
        },
        ImageSpec {
            width: 10,
            ..ImageSpec::default()
        },
        ImageSpec {
            width: 4096,
            height: 4096,
            scale: 3,
            dark: false,
        },
    ];
    for spec in bad {
        let err = export::render(
            &gpu,
            &shown(&data, &stats),
            Picture::Dashboard,
            &spec,
            &Look::default(),
        )
        .expect_err("must be refused");
        assert!(
            matches!(
                err,
                ExportError::BadScale(_)
                    | ExportError::BadSize { .. }
                    | ExportError::TooLarge { .. }
            ),
            "{err}"
        );
    }
}

#[test]
fn a_failed_save_leaves_the_old_file_whole() {
    let (data, stats) = dashboard_of(&[sample("campaigns_en.csv")], &View::default());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("chart.png");
    std::fs::write(&path, b"the previous picture").unwrap();
    // A bad spec fails before anything is written.
    let spec = ImageSpec {
        scale: 9,
        ..ImageSpec::default()
    };
    let result = export::save_png(
        &gpu(),
        &shown(&data, &stats),
        Picture::Dashboard,
        &spec,
        &Look::default(),
        &path,
    );
    assert!(result.is_err());
    assert_eq!(std::fs::read(&path).unwrap(), b"the previous picture");
    // A directory that does not exist is named in the error.
    let missing = dir.path().join("no-such-dir").join("chart.png");
    let err = export::save_png(
        &gpu(),
        &shown(&data, &stats),
        Picture::Dashboard,
        &small(1),
        &Look::default(),
        &missing,
    )
    .expect_err("cannot write there");
    assert!(err.to_string().contains("no-such-dir"), "{err}");
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "only the old file is left");
}

/// Parses the exported CSV into rows of cells (the sample names hold no commas or quotes).
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .map(|l| l.split(',').map(str::to_owned).collect())
        .collect()
}

#[test]
fn kpi_csv_has_a_bom_the_hand_checked_values_and_ratio_of_sums_totals() {
    let (data, stats) = dashboard_of(&[sample("campaigns_en.csv")], &View::default());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kpi.csv");
    let sort = TableSort {
        metric: Some(Metric::Sum(Field::Spend)),
        descending: true,
    };
    export::save_table_csv(&shown(&data, &stats), sort, &path).expect("save");
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 BOM for Excel");
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    let rows = csv_rows(text);
    let header = &rows[0];
    assert_eq!(header[0], "channel");
    // Rows follow the table's sort: spend, largest first; then the totals row.
    let spends: Vec<f64> = rows[1..rows.len() - 1]
        .iter()
        .map(|r| r[1].parse().unwrap())
        .collect();
    assert!(spends.windows(2).all(|w| w[0] >= w[1]), "{spends:?}");
    assert_eq!(rows[1][0], "Douyin");
    for (channel, expected) in expected::ENGLISH {
        let row = rows
            .iter()
            .find(|r| r[0] == *channel)
            .unwrap_or_else(|| panic!("{channel} missing"));
        for (key, value) in *expected {
            let column = header.iter().position(|h| h == key).expect(key);
            match value {
                Some(v) => {
                    let got: f64 = row[column].parse().unwrap();
                    assert!(
                        (got - v).abs() <= 1e-9 * v.abs().max(1.0),
                        "{channel} {key}: {got} vs {v}"
                    );
                }
                None => assert_eq!(row[column], "", "{channel} {key}"),
            }
        }
    }
    // Totals: sums of the hand-checked channel sums, ROI as a ratio of those sums.
    let total = rows.last().unwrap();
    assert_eq!(total[0], "Total");
    let sum_of = |key: &str| -> f64 {
        expected::ENGLISH
            .iter()
            .map(|(_, values)| values.iter().find(|(k, _)| *k == key).unwrap().1.unwrap())
            .sum()
    };
    let cell = |key: &str| -> f64 {
        total[header.iter().position(|h| h == key).unwrap()]
            .parse()
            .unwrap()
    };
    assert!((cell("spend") - sum_of("spend")).abs() < 1e-6);
    assert!((cell("spend") - 3_441_256.38).abs() < 1e-6);
    // CSV numbers carry 12 significant digits.
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-11 * b.abs();
    assert!(close(cell("roi"), sum_of("revenue") / sum_of("spend")));
    assert!(close(cell("ctr"), sum_of("clicks") / sum_of("impressions")));
    // Not a mean of the channels' ratios.
    let mean_roi: f64 = expected::ENGLISH
        .iter()
        .map(|(_, v)| v.iter().find(|(k, _)| *k == "roi").unwrap().1.unwrap())
        .sum::<f64>()
        / expected::ENGLISH.len() as f64;
    assert!((cell("roi") - mean_roi).abs() > 0.01);
}

#[test]
fn names_that_look_like_formulas_are_neutralised_in_csv_and_tsv() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("evil.csv");
    std::fs::write(
        &file,
        "date,channel,spend,revenue\n\
         2024-03-01,=1+2,10,20\n\
         2024-03-01,+86 campaign,10,5\n\
         2024-03-01,-Douyin,10,30\n\
         2024-03-01,@SUM(A1),10,10\n\
         2024-03-01,抖音,10,15\n",
    )
    .unwrap();
    let (data, stats) = dashboard_of(&[file], &View::default());
    let out = dir.path().join("kpi.csv");
    export::save_table_csv(&shown(&data, &stats), TableSort::default(), &out).unwrap();
    let text = String::from_utf8(std::fs::read(&out).unwrap()).unwrap();
    let text = text.trim_start_matches('\u{feff}');
    let names: Vec<&str> = text
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    for name in &names {
        assert!(
            !name.starts_with(['=', '+', '-', '@']),
            "{name} would run as a formula"
        );
    }
    assert!(names.contains(&"'-Douyin"), "{names:?}");
    assert!(names.contains(&"抖音"), "{names:?}");
    // Negative numbers are numbers, not neutralised text: the ROI of -Douyin is 3.
    assert!(text.contains("'-Douyin,10,30,3"), "{text}");
    let tsv = shown(&data, &stats)
        .kpi_table(TableSort::default())
        .report
        .to_tsv();
    assert!(
        tsv.lines()
            .skip(1)
            .all(|l| !l.starts_with(['=', '+', '-', '@'])),
        "{tsv}"
    );
    assert!(tsv.contains("'=1+2\t10\t20\t2"), "{tsv}");
}

/// Twelve channels with long Chinese names, a month of days, every column the views draw.
fn write_twelve_long_cjk_channels(dir: &std::path::Path) -> PathBuf {
    const NUMBERS: [&str; 12] = [
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
    ];
    let mut csv = String::from(
        "Date,Channel,Spend,Impressions,Clicks,Conversions,Revenue,New Users,D1 Retained,\
         D7 Retained,D30 Retained\n",
    );
    for day in 1..=30 {
        for (k, number) in NUMBERS.iter().enumerate() {
            let k = k as f64;
            let d = f64::from(day);
            let spend = 800.0 + 150.0 * k + 40.0 * ((d + k) % 7.0);
            let impressions = (30_000.0 + 4_000.0 * k + 500.0 * (d % 5.0)).round();
            let clicks = (impressions * (0.008 + 0.0015 * k)).round();
            let conversions = (clicks * (0.02 + 0.003 * (11.0 - k))).round();
            let revenue = spend * (0.6 + 0.12 * k) * (1.0 + 0.05 * ((d * (k + 1.0)) % 3.0));
            let users = 40.0 + 3.0 * k;
            let d1 = (users * (0.35 + 0.02 * k)).round();
            let d7 = (users * (0.18 + 0.01 * k)).round();
            let d30 = (users * (0.06 + 0.008 * k)).round();
            csv.push_str(&format!(
                "2024-07-{day:02},微信朋友圈信息流广告投放计划{number},{spend:.2},{impressions},\
                 {clicks},{conversions},{revenue:.2},{users},{d1},{d7},{d30}\n"
            ));
        }
    }
    let path = dir.join("十二个渠道.csv");
    std::fs::write(&path, csv).expect("write the CSV");
    path
}

/// Twelve long-named channels: every one keeps its own colour in the dashboard picture, at
/// scale 1 and 2, light and dark. Set `ROI_LENS_KEEP_PICTURES=<dir>` to keep every view's
/// picture for a look.
#[test]
fn twelve_long_cjk_channels_each_keep_a_distinct_colour_in_the_dashboard_picture() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_twelve_long_cjk_channels(dir.path());
    let (data, extras) = dashboard_of(&[file], &View::default());
    assert_eq!(data.groups.len(), 12);
    let mut colours: Vec<[u8; 3]> = data.groups.iter().map(|(_, c)| *c).collect();
    colours.sort_unstable();
    colours.dedup();
    assert_eq!(colours.len(), 12, "twelve channels, twelve colours");
    let keep = std::env::var_os("ROI_LENS_KEEP_PICTURES").map(PathBuf::from);
    let gpu = gpu();
    for (scale, dark) in [(1, false), (2, false), (1, true)] {
        let spec = ImageSpec {
            scale,
            dark,
            ..ImageSpec::default()
        };
        let image = export::render(
            &gpu,
            &shown(&data, &extras),
            Picture::Dashboard,
            &spec,
            &Look::default(),
        )
        .expect("render");
        pictures::assert_not_blank(&image);
        pictures::assert_colours_present(&image, &data.groups, 8);
        if let Some(keep) = &keep {
            for picture in Picture::all() {
                let name = format!(
                    "cjk12_{}_x{scale}{}.png",
                    picture.name(),
                    if dark { "_dark" } else { "" }
                );
                export::save_png(
                    &gpu,
                    &shown(&data, &extras),
                    picture,
                    &spec,
                    &Look::default(),
                    &keep.join(name),
                )
                .expect("save");
            }
        }
    }
}

#[test]
fn the_cohorts_picture_draws_every_channel_from_the_event_log() {
    let files = [sample("campaigns_en.csv")];
    let (data, extras) = dashboard_of(&files, &View::default());
    let ds = load_files(&files, &LoadOptions::default()).expect("load");
    let options = dashboard::CohortOptions::default();
    let log = roi_lens::data::events::load_event_table(&sample("events.csv"), options.tz())
        .expect("the sample event log");
    let log = roi_lens::data::events::EventSource::Table(log);
    let cohorts = dashboard::compute_cohorts(&log, &options, &Default::default(), Some(&ds))
        .expect("computed");
    assert!(cohorts.with_spend);
    let shown = shown(&data, &extras).with_cohorts(Some(&cohorts));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cohorts.png");
    let size = export::save_png(
        &gpu(),
        &shown,
        Picture::View(ViewRef::cohorts()),
        &ImageSpec {
            width: 1600,
            height: 1000,
            scale: 1,
            dark: false,
        },
        &Look::default(),
        &path,
    )
    .expect("the cohorts picture");
    assert_eq!(size, [1600, 1000]);
    let image = pictures::open_png(&path);
    pictures::assert_not_blank(&image);
    // Every channel's curves in the colour the dashboard gives it.
    let channels: Vec<(String, [u8; 3])> = cohorts
        .channels()
        .iter()
        .map(|c| ((*c).to_owned(), data.color_of(c)))
        .collect();
    assert_eq!(channels.len(), 6);
    pictures::assert_colours_present(&image, &channels, 40);
}
