//! The budget planner's lesson planted in `sample_data/campaigns_en.csv` (see
//! `sample_data/README.md`): a high average ROI is not a reason to spend more, a modest one is
//! not a reason to spend less, and a budget that never moved says nothing about its response.

use std::collections::BTreeMap;
use std::path::PathBuf;

use roi_lens_core::data::{LoadOptions, load_files};
use roi_lens_core::metrics::{Filters, GroupKey, daily_points};
use roi_lens_core::plan::{Curve, Fit, FitSettings, Refusal, fit};

/// Each channel's fit on its daily totals (the three campaigns summed per day).
fn sample_fits() -> BTreeMap<String, Fit> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../sample_data/campaigns_en.csv");
    let ds = load_files(&[path], &LoadOptions::default()).expect("the sample loads");
    let points = daily_points(&ds, &Filters::default(), GroupKey::Channel).expect("daily points");
    let mut series: BTreeMap<String, (Vec<f64>, Vec<f64>)> = BTreeMap::new();
    for p in points {
        let (spend, revenue) = series.entry(p.group).or_default();
        spend.push(p.spend);
        revenue.push(p.revenue);
    }
    series
        .into_iter()
        .map(|(channel, (spend, revenue))| {
            // Every channel spends on every day of 2024-07-01 … 2024-09-30: no gaps to fill.
            assert_eq!(spend.len(), 92, "{channel}");
            let fitted = fit(&spend, &revenue, &FitSettings::default());
            (channel, fitted)
        })
        .collect()
}

fn curve<'a>(fits: &'a BTreeMap<String, Fit>, channel: &str) -> &'a Curve {
    match &fits[channel] {
        Fit::Fitted(c) => c,
        Fit::Refused(r) => panic!("{channel} refused: {}", r.message()),
    }
}

#[test]
fn mini_programs_pays_best_on_average_but_is_saturated() {
    let fits = sample_fits();
    let c = curve(&fits, "Mini Programs");
    let today = c.mean_spend;
    let average = c.average_roi(today).expect("it spends");
    assert!(average > 2.5, "average ROI {average}");
    let marginal = c.marginal(today);
    assert!(marginal < 1.0, "marginal ROI {marginal}");
    // The highest average ROI of every fitted channel, and still the next yuan loses money.
    for (channel, f) in &fits {
        if let Some(other) = f.curve() {
            let theirs = other.average_roi(other.mean_spend).unwrap_or(0.0);
            assert!(average >= theirs, "{channel} {theirs} beats {average}");
        }
    }
}

#[test]
fn douyin_has_room_to_grow() {
    let fits = sample_fits();
    let c = curve(&fits, "Douyin");
    let today = c.mean_spend;
    let average = c.average_roi(today).expect("it spends");
    let marginal = c.marginal(today);
    assert!(marginal > 1.2, "marginal ROI {marginal}");
    // Modest on average, yet the next yuan returns more than on Mini Programs.
    assert!(average < 2.0, "average ROI {average}");
    let mini = curve(&fits, "Mini Programs");
    assert!(marginal > mini.marginal(mini.mean_spend));
}

#[test]
fn wechat_moments_fixed_budget_is_refused() {
    let fits = sample_fits();
    match &fits["WeChat Moments"] {
        Fit::Refused(Refusal::TooLittleVariation { cv }) => assert!(*cv < 1e-9, "cv {cv}"),
        other => panic!("WeChat Moments should be refused for spend that never varied: {other:?}"),
    }
}

/// `cargo test -p roi-lens-core --test sample_planner -- --ignored --nocapture` prints what the
/// planner finds per channel (the figures sample_data/README.md quotes).
#[test]
#[ignore = "prints the figures; run by hand"]
fn print_sample_fits() {
    for (channel, f) in sample_fits() {
        match f {
            Fit::Fitted(c) => println!(
                "{channel}: average ROI {:.2}, marginal ROI {:.2} at {:.2}/day, θ {:.1}, R² {:.2}, \
                 K {:.0}, s {:.2}",
                c.average_roi(c.mean_spend).unwrap_or(f64::NAN),
                c.marginal(c.mean_spend),
                c.mean_spend,
                c.theta,
                c.r2,
                c.half_saturation,
                c.shape,
            ),
            Fit::Refused(r) => println!("{channel}: refused, {}", r.message()),
        }
    }
}

/// The planner's curves on the sample by campaign: fitted side by side in batches, they are
/// the curves fitted one group at a time, in name order; a stop is heard between batches.
#[test]
fn curves_by_campaign_are_each_groups_own_fit_and_stop_when_asked() {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use roi_lens_core::budget::{fit_curves, fit_curves_until};
    use roi_lens_core::metrics::MetricsError;

    // 40 campaigns × 90 days, spend moving day to day, revenue a concave function of it.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("campaigns.csv");
    let mut text = String::from("date,channel,campaign,spend,revenue\n");
    let start = chrono::NaiveDate::from_ymd_opt(2024, 7, 1).expect("date");
    for c in 0..40_u32 {
        for d in 0..90_u32 {
            let day = start + chrono::Days::new(u64::from(d));
            let spend = 500.0 + f64::from((c * 37 + d * 53) % 400);
            let revenue = (30.0 + f64::from(c)) * spend.sqrt() * (1.0 + f64::from(d % 7) / 50.0);
            text.push_str(&format!("{day},Douyin,C{c:02},{spend:.2},{revenue:.2}\n"));
        }
    }
    std::fs::write(&path, text).expect("write");
    let ds = load_files(&[path], &LoadOptions::default()).expect("the file loads");
    let filters = Filters::default();
    let curves = fit_curves(&ds, &filters, GroupKey::Campaign).expect("curves");
    let names: Vec<&str> = curves.groups.iter().map(|g| g.name.as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort_unstable();
    assert_eq!(names, sorted);
    assert_eq!(names.len(), 40, "more groups than one batch");
    assert!(
        curves
            .groups
            .iter()
            .any(|g| matches!(g.fit, Fit::Fitted(_))),
        "some curves fitted"
    );
    // Each group's curve is the fit of its own daily series.
    let points = daily_points(&ds, &filters, GroupKey::Campaign).expect("daily points");
    for g in &curves.groups {
        let mine: Vec<_> = points.iter().filter(|p| p.group == g.name).collect();
        let spend: Vec<f64> = mine.iter().map(|p| p.spend).collect();
        let revenue: Vec<f64> = mine.iter().map(|p| p.revenue).collect();
        assert_eq!(g.spend, spend, "{}", g.name);
        assert_eq!(
            g.fit,
            fit(&spend, &revenue, &FitSettings::default()),
            "{}",
            g.name
        );
    }
    // Asked before the first batch and between batches: the second question stops it.
    let asked = AtomicUsize::new(0);
    let stopped = fit_curves_until(&ds, &filters, GroupKey::Campaign, None, &|| {
        asked.fetch_add(1, Ordering::SeqCst) >= 1
    });
    assert!(matches!(stopped, Err(MetricsError::Stopped)), "{stopped:?}");
    assert_eq!(asked.load(Ordering::SeqCst), 2);

    // With few enough campaigns to chart them all, the charts' daily sums give the same curves
    // as the rows.
    let few = Filters {
        campaigns: (0..18).map(|c| format!("C{c:02}")).collect(),
        ..Filters::default()
    };
    let query = roi_lens_core::dashboard::ChartQuery {
        filters: few.clone(),
        group_by: GroupKey::Campaign,
        ..Default::default()
    };
    let charts = roi_lens_core::dashboard::compute_charts(&ds, &query).expect("charts");
    let daily = charts.daily.as_ref().expect("every campaign by day");
    let from_charts =
        fit_curves_until(&ds, &few, GroupKey::Campaign, Some(daily), &|| false).expect("curves");
    assert_eq!(from_charts.groups.len(), 18);
    assert_eq!(
        from_charts,
        fit_curves(&ds, &few, GroupKey::Campaign).expect("curves")
    );
}
