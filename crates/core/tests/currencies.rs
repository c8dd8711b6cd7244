//! Money in more than one currency: each file's currency detected; without rates, files in
//! different currencies do not load together (nothing adds dollars to yuan); with rates, every
//! amount is converted before any sum, and the sums equal hand-converted values.

use std::path::PathBuf;

use polars::prelude::ChunkAgg;
use roi_lens_core::data::currency::Conversion;
use roi_lens_core::data::{Dataset, Field, LoadError, LoadOptions, load_files};

const DOLLARS: &str = "Reporting starts,Campaign name,Amount spent (USD),Purchases conversion value\n\
                       2024-09-01,Autumn,100.50,300.00\n\
                       2024-09-02,Autumn,49.50,120.00\n";
const YUAN: &str = "日期,广告版位,花费(元),下单金额(元)\n\
                    2024-09-01,朋友圈,\"1,000.00\",\"2,500.00\"\n";

fn files(dir: &std::path::Path) -> Vec<PathBuf> {
    let dollars = dir.join("meta.csv");
    let yuan = dir.join("tencent.csv");
    std::fs::write(&dollars, DOLLARS).expect("write");
    std::fs::write(&yuan, YUAN).expect("write");
    vec![dollars, yuan]
}

fn sum(ds: &Dataset, field: Field) -> f64 {
    ds.frame
        .column(&field.name())
        .expect("column")
        .f64()
        .expect("f64")
        .sum()
        .expect("a sum")
}

#[test]
fn each_file_says_its_currency() {
    let dir = tempfile::tempdir().expect("dir");
    let paths = files(dir.path());
    for (path, code, from) in [
        (
            &paths[0],
            "USD",
            "the header unit of \"Amount spent (USD)\"",
        ),
        (&paths[1], "CNY", "the header unit of \"花费(元)\""),
    ] {
        let ds = load_files(std::slice::from_ref(path), &LoadOptions::default()).expect("loads");
        assert_eq!(ds.currency.as_deref(), Some(code));
        let currency = ds.sources[0].currency.clone().expect("a currency");
        assert_eq!(
            (currency.code.as_str(), currency.from.as_str()),
            (code, from)
        );
    }
}

#[test]
fn dollars_and_yuan_are_never_added_without_rates() {
    let dir = tempfile::tempdir().expect("dir");
    let err = load_files(&files(dir.path()), &LoadOptions::default()).expect_err("mixed");
    assert!(
        matches!(&err, LoadError::MixedCurrencies { currencies }
            if currencies == &[("meta.csv".to_owned(), "USD".to_owned()), ("tencent.csv".to_owned(), "CNY".to_owned())]),
        "{err}"
    );
    let message = err.to_string();
    assert!(
        message.contains("the files are in different currencies (meta.csv: USD, tencent.csv: CNY)")
            && message.contains("--currency USD --rate CNY=…"),
        "{message}"
    );
}

#[test]
fn with_rates_every_amount_is_converted_before_the_sums() {
    let dir = tempfile::tempdir().expect("dir");
    let options = LoadOptions {
        conversion: Some(Conversion {
            report: "CNY".into(),
            rates: [("USD".to_owned(), 7.1)].into(),
        }),
        ..LoadOptions::default()
    };
    let ds = load_files(&files(dir.path()), &options).expect("loads");
    assert_eq!(
        ds.currency.as_deref(),
        Some("CNY"),
        "every amount is in yuan now"
    );
    let charts =
        roi_lens_core::dashboard::compute_charts(&ds, &Default::default()).expect("charts");
    assert_eq!(charts.currency.as_deref(), Some("CNY"), "pictures say so");
    // (100.50 + 49.50) × 7.10 + 1,000 = 2,065; (300 + 120) × 7.10 + 2,500 = 5,482.
    assert!((sum(&ds, Field::Spend) - 2065.0).abs() < 1e-9);
    assert!((sum(&ds, Field::Revenue) - 5482.0).abs() < 1e-9);
    assert!(
        ds.sources[0]
            .notes
            .contains(&"amounts converted from USD to CNY at 7.1".to_owned()),
        "{:?}",
        ds.sources[0].notes
    );
    // A currency without a rate is named.
    let options = LoadOptions {
        conversion: Some(Conversion {
            report: "EUR".into(),
            rates: [("USD".to_owned(), 0.92)].into(),
        }),
        ..LoadOptions::default()
    };
    let err = load_files(&files(dir.path()), &options).expect_err("no CNY rate");
    assert!(
        err.to_string()
            .contains("tencent.csv: its amounts are in CNY and there is no rate from CNY to EUR"),
        "{err}"
    );
}

#[test]
fn a_currency_column_and_a_corrected_currency() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("google.csv");
    std::fs::write(
        &path,
        "Day,Campaign,Currency code,Cost,Conv. value\n2024-09-01,Search,EUR,10,30\n",
    )
    .expect("write");
    let ds = load_files(std::slice::from_ref(&path), &LoadOptions::default()).expect("loads");
    assert_eq!(
        ds.sources[0].currency.as_ref().map(|c| c.code.as_str()),
        Some("EUR")
    );
    let mut options = LoadOptions::default();
    options.currency_of.insert(path.clone(), "gbp".into());
    let ds = load_files(&[path], &options).expect("loads");
    assert_eq!(
        ds.sources[0].currency.as_ref().map(|c| c.code.as_str()),
        Some("GBP")
    );
}
