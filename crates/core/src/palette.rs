//! Stable channel colours: a channel keeps its colour in every chart, in exports, and every
//! time the app opens, because the colour comes from its name.
//!
//! The twelve colours are taken from published categorical sets (Okabe–Ito, Paul Tol's
//! vibrant, muted and light, ColorBrewer, Tableau) and chosen so that every pair differs by at
//! least 20 in CIEDE2000 and every colour by at least 20 from both the light (#f8f8f8) and the
//! dark (#1b1b1b) background, and in lightness (L*) by at least 20 from the dark one (an
//! indigo that passed ΔE00 still looked dim there); the tests below measure all three. Beyond twelve groups a colour is
//! used again with another [`Style::variant`]: a dashed line and diamond markers, then a dotted
//! line and squares, never a near-identical hue.

/// The categorical palette, as RGB.
pub const PALETTE: [[u8; 3]; 12] = [
    [0x00, 0x72, 0xb2], // blue (Okabe–Ito)
    [0xe6, 0x9f, 0x00], // orange (Okabe–Ito)
    [0x2c, 0xa0, 0x2c], // green (Tableau)
    [0xee, 0x33, 0x77], // magenta (Tol vibrant)
    [0x56, 0xb4, 0xe9], // sky blue (Okabe–Ito)
    [0xd9, 0x5f, 0x02], // vermilion (ColorBrewer Dark2)
    [0x94, 0x67, 0xbd], // purple (Tableau)
    [0xf0, 0xe4, 0x42], // yellow (Okabe–Ito)
    [0x44, 0xaa, 0x99], // teal (Tol muted)
    [0x8c, 0x56, 0x4b], // brown (Tableau)
    [0x88, 0x22, 0x55], // wine (Tol muted)
    [0xff, 0xaa, 0xbb], // pink (Tol light)
];

/// How one group is drawn: its colour and, when more groups than colours share a chart, which
/// line style and marker shape tell the ones of the same colour apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Style {
    pub rgb: [u8; 3],
    /// 0: solid line, circles; 1: dashed, diamonds; 2: dotted, squares; and so on (the UI
    /// maps it to what it can draw).
    pub variant: u8,
}

/// The style of palette slot `index`: slots 0–11 are the twelve colours solid, 12–23 the same
/// colours with variant 1, and so on.
pub fn style_of(index: usize) -> Style {
    Style {
        rgb: PALETTE[index % PALETTE.len()],
        variant: u8::try_from(index / PALETTE.len()).unwrap_or(u8::MAX),
    }
}

/// FNV-1a: a fixed hash, so a name maps to the same slot on every machine and version.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The colour of one name on its own.
pub fn color_of(name: &str) -> [u8; 3] {
    PALETTE[(fnv1a(name) % PALETTE.len() as u64) as usize]
}

/// Palette slots (see [`style_of`]) for a set of names: each starts at its own hashed colour
/// and, when another name of the set already holds it, takes the next free colour; when all
/// twelve are taken, the same walk repeats with the next variant. So up to 12 names never share
/// a colour, and no two names ever share a style. Names are assigned in sorted order, so the
/// result does not depend on the order given.
pub fn assign_slots(names: &[String]) -> Vec<usize> {
    let mut sorted: Vec<&String> = names.iter().collect();
    sorted.sort();
    sorted.dedup();
    let n = PALETTE.len();
    let mut taken = std::collections::HashSet::new();
    let mut slot_of = std::collections::HashMap::new();
    // Rounds below `full` have no free slot: the walk starts at `full`, which gives the slot a
    // walk from round 0 would, without walking thousands of names' full rounds again.
    let mut taken_in_round: Vec<usize> = Vec::new();
    let mut full = 0;
    for name in sorted {
        let start = (fnv1a(name) % n as u64) as usize;
        let slot = (full..)
            .flat_map(|round| (0..n).map(move |i| round * n + (start + i) % n))
            .find(|s| !taken.contains(s))
            .unwrap_or(start);
        taken.insert(slot);
        slot_of.insert(name.as_str(), slot);
        let round = slot / n;
        if taken_in_round.len() <= round {
            taken_in_round.resize(round + 1, 0);
        }
        taken_in_round[round] += 1;
        while taken_in_round.get(full) == Some(&n) {
            full += 1;
        }
    }
    names
        .iter()
        .map(|n| slot_of.get(n.as_str()).copied().unwrap_or(0))
        .collect()
}

/// The styles of a set of names: [`assign_slots`] as colours and variants.
pub fn assign_styles(names: &[String]) -> Vec<Style> {
    assign_slots(names).into_iter().map(style_of).collect()
}

/// The colours of a set of names (see [`assign_slots`]).
pub fn assign_colors(names: &[String]) -> Vec<[u8; 3]> {
    assign_styles(names).into_iter().map(|s| s.rgb).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn stable_and_distinct() {
        let names = names(&[
            "Douyin",
            "Kuaishou",
            "WeChat Moments",
            "视频号",
            "抖音",
            "小红书",
        ]);
        let a = assign_colors(&names);
        let mut reversed = names.clone();
        reversed.reverse();
        let mut b = assign_colors(&reversed);
        b.reverse();
        assert_eq!(a, b, "order does not matter");
        let mut unique = a.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "no two channels share a colour");
        assert_eq!(color_of("Douyin"), color_of("Douyin"));
    }

    /// The walk that skips full rounds gives the slots of the plain walk from round 0, for
    /// thousands of names (campaigns).
    #[test]
    fn skipping_full_rounds_changes_no_slot() {
        let many: Vec<String> = (0..3000).map(|i| format!("campaign {i}")).collect();
        let mut sorted: Vec<&String> = many.iter().collect();
        sorted.sort();
        let n = PALETTE.len();
        let mut taken = std::collections::HashSet::new();
        let mut plain = std::collections::HashMap::new();
        for name in sorted {
            let start = (fnv1a(name) % n as u64) as usize;
            let slot = (0..)
                .flat_map(|round| (0..n).map(move |i| round * n + (start + i) % n))
                .find(|s| !taken.contains(s))
                .expect("a free slot");
            taken.insert(slot);
            plain.insert(name.clone(), slot);
        }
        let fast = assign_slots(&many);
        for (name, slot) in many.iter().zip(&fast) {
            assert_eq!(plain[name], *slot, "{name}");
        }
        let distinct: std::collections::HashSet<_> = fast.iter().collect();
        assert_eq!(distinct.len(), many.len());
    }

    #[test]
    fn beyond_twelve_a_colour_returns_with_another_variant() {
        let many: Vec<String> = (0..30).map(|i| format!("channel {i}")).collect();
        let styles = assign_styles(&many);
        let mut unique = styles.clone();
        unique.sort_by_key(|s| (s.rgb, s.variant));
        unique.dedup();
        assert_eq!(unique.len(), many.len(), "no two groups share a style");
        // Twelve solid, twelve dashed, six dotted.
        for (variant, count) in [(0, 12), (1, 12), (2, 6)] {
            assert_eq!(
                styles.iter().filter(|s| s.variant == variant).count(),
                count
            );
        }
        // The first twelve names alone get the same colours as before, all solid.
        let twelve = assign_styles(&many[..12]);
        assert!(twelve.iter().all(|s| s.variant == 0));
        assert_eq!(
            style_of(13),
            Style {
                rgb: PALETTE[1],
                variant: 1
            }
        );
    }

    // CIEDE2000 (Sharma, Wu and Dalal 2005), written out here so the palette is measured by
    // something independent of it.

    type Lab = [f64; 3];

    /// sRGB (8 bits) → linear → XYZ (D65) → CIELAB.
    fn lab(rgb: [u8; 3]) -> Lab {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let [r, g, b] = rgb.map(lin);
        let x = 0.412_456_4 * r + 0.357_576_1 * g + 0.180_437_5 * b;
        let y = 0.212_672_9 * r + 0.715_152_2 * g + 0.072_175_0 * b;
        let z = 0.019_333_9 * r + 0.119_192_0 * g + 0.950_304_1 * b;
        let f = |t: f64| {
            if t > 216.0 / 24389.0 {
                t.cbrt()
            } else {
                (24389.0 / 27.0 * t + 16.0) / 116.0
            }
        };
        let (fx, fy, fz) = (f(x / 0.950_47), f(y), f(z / 1.088_83));
        [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
    }

    fn delta_e2000(p: Lab, q: Lab) -> f64 {
        let [l1, a1, b1] = p;
        let [l2, a2, b2] = q;
        let c_bar = (a1.hypot(b1) + a2.hypot(b2)) / 2.0;
        let pow7 = |c: f64| c.powi(7);
        let g = 0.5 * (1.0 - (pow7(c_bar) / (pow7(c_bar) + pow7(25.0))).sqrt());
        let (a1p, a2p) = ((1.0 + g) * a1, (1.0 + g) * a2);
        let (c1p, c2p) = (a1p.hypot(b1), a2p.hypot(b2));
        let hue = |b: f64, a: f64| {
            if a == 0.0 && b == 0.0 {
                0.0
            } else {
                b.atan2(a).to_degrees().rem_euclid(360.0)
            }
        };
        let (h1p, h2p) = (hue(b1, a1p), hue(b2, a2p));
        let dl = l2 - l1;
        let dc = c2p - c1p;
        let dh_angle = if c1p * c2p == 0.0 {
            0.0
        } else if (h2p - h1p).abs() <= 180.0 {
            h2p - h1p
        } else if h2p <= h1p {
            h2p - h1p + 360.0
        } else {
            h2p - h1p - 360.0
        };
        let dh = 2.0 * (c1p * c2p).sqrt() * (dh_angle.to_radians() / 2.0).sin();
        let l_bar = (l1 + l2) / 2.0;
        let cp_bar = (c1p + c2p) / 2.0;
        let hp_bar = if c1p * c2p == 0.0 {
            h1p + h2p
        } else if (h1p - h2p).abs() <= 180.0 {
            (h1p + h2p) / 2.0
        } else if h1p + h2p < 360.0 {
            (h1p + h2p + 360.0) / 2.0
        } else {
            (h1p + h2p - 360.0) / 2.0
        };
        let cos = |deg: f64| deg.to_radians().cos();
        let t = 1.0 - 0.17 * cos(hp_bar - 30.0)
            + 0.24 * cos(2.0 * hp_bar)
            + 0.32 * cos(3.0 * hp_bar + 6.0)
            - 0.20 * cos(4.0 * hp_bar - 63.0);
        let d_theta = 30.0 * (-((hp_bar - 275.0) / 25.0).powi(2)).exp();
        let r_c = 2.0 * (pow7(cp_bar) / (pow7(cp_bar) + pow7(25.0))).sqrt();
        let s_l = 1.0 + 0.015 * (l_bar - 50.0).powi(2) / (20.0 + (l_bar - 50.0).powi(2)).sqrt();
        let s_c = 1.0 + 0.045 * cp_bar;
        let s_h = 1.0 + 0.015 * cp_bar * t;
        let r_t = -(2.0 * d_theta).to_radians().sin() * r_c;
        let (l, c, h) = (dl / s_l, dc / s_c, dh / s_h);
        (l * l + c * c + h * h + r_t * c * h).sqrt()
    }

    #[test]
    fn ciede2000_matches_sharma_wu_dalal() {
        // Pairs of the paper's test data (Table 1), with their published ΔE00.
        let pairs: [(Lab, Lab, f64); 10] = [
            ([50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485], 2.0425),
            ([50.0, 3.1571, -77.2803], [50.0, 0.0, -82.7485], 2.8615),
            ([50.0, 2.5, 0.0], [50.0, 0.0, -2.5], 4.3065),
            ([50.0, 2.49, -0.001], [50.0, -2.49, 0.0009], 7.1792),
            ([50.0, 2.5, 0.0], [73.0, 25.0, -18.0], 27.1492),
            ([50.0, 2.5, 0.0], [61.0, -5.0, 29.0], 22.8977),
            ([50.0, 2.5, 0.0], [56.0, -27.0, -3.0], 31.9030),
            ([50.0, 2.5, 0.0], [58.0, 24.0, 15.0], 19.4535),
            (
                [60.2574, -34.0099, 36.2677],
                [60.4626, -34.1751, 39.4387],
                1.2644,
            ),
            (
                [90.8027, -2.0831, 1.4410],
                [91.1528, -1.6435, 0.0447],
                1.4441,
            ),
        ];
        for (p, q, expected) in pairs {
            for (a, b) in [(p, q), (q, p)] {
                let got = delta_e2000(a, b);
                assert!(
                    (got - expected).abs() < 1e-4,
                    "{a:?} {b:?}: {got} ≠ {expected}"
                );
            }
        }
        // And the colour conversion: white is L* 100, a* = b* = 0; mid grey #777777 is L* 50.
        let white = lab([255, 255, 255]);
        assert!((white[0] - 100.0).abs() < 1e-3 && white[1].abs() < 1e-2 && white[2].abs() < 1e-2);
        assert!((lab([0x77; 3])[0] - 50.03).abs() < 0.05);
    }

    const LIGHT: [u8; 3] = [0xf8, 0xf8, 0xf8];
    const DARK: [u8; 3] = [0x1b, 0x1b, 0x1b];
    const THRESHOLD: f64 = 20.0;

    /// The smallest ΔE00 between two colours of `palette`, and from any colour to each
    /// background, with the pair or colour that has it.
    fn worst(palette: &[[u8; 3]]) -> (f64, String, [f64; 2]) {
        let mut pair = (f64::INFINITY, String::new());
        for (i, a) in palette.iter().enumerate() {
            for b in &palette[i + 1..] {
                let d = delta_e2000(lab(*a), lab(*b));
                if d < pair.0 {
                    pair = (d, format!("{a:02x?} vs {b:02x?}"));
                }
            }
        }
        let background = |bg| {
            palette
                .iter()
                .map(|c| delta_e2000(lab(*c), lab(bg)))
                .fold(f64::INFINITY, f64::min)
        };
        (pair.0, pair.1, [background(LIGHT), background(DARK)])
    }

    fn meets_thresholds(palette: &[[u8; 3]]) -> Result<(), String> {
        let (pairwise, pair, [light, dark]) = worst(palette);
        if pairwise < THRESHOLD {
            return Err(format!("{pair} differ by ΔE00 {pairwise:.1}"));
        }
        if light.min(dark) < THRESHOLD {
            return Err(format!(
                "ΔE00 to the backgrounds {light:.1} (light), {dark:.1} (dark)"
            ));
        }
        let dark_l = lab(DARK)[0];
        if let Some(dim) = palette.iter().find(|c| lab(**c)[0] - dark_l < THRESHOLD) {
            return Err(format!("{dim:02x?} is too dim on the dark background"));
        }
        Ok(())
    }

    #[test]
    fn twelve_colours_distinct_from_each_other_and_both_backgrounds() {
        assert!(PALETTE.len() >= 12);
        let (pairwise, pair, [light, dark]) = worst(&PALETTE);
        eprintln!(
            "min ΔE00: {pairwise:.2} pairwise ({pair}), {light:.2} to #f8f8f8, {dark:.2} to #1b1b1b"
        );
        meets_thresholds(&PALETTE).unwrap();
        // The test can fail: the palette before this one (Tableau 10 with two Okabe–Ito
        // colours) had two blues, two oranges and green/olive too close.
        let old: [[u8; 3]; 12] = [
            [0x1f, 0x77, 0xb4],
            [0xff, 0x7f, 0x0e],
            [0x2c, 0xa0, 0x2c],
            [0xd6, 0x27, 0x28],
            [0x94, 0x67, 0xbd],
            [0x8c, 0x56, 0x4b],
            [0xe3, 0x77, 0xc2],
            [0x17, 0xbe, 0xcf],
            [0xbc, 0xbd, 0x22],
            [0x00, 0x72, 0xb2],
            [0xe6, 0x9f, 0x00],
            [0x7f, 0x7f, 0x7f],
        ];
        let err = meets_thresholds(&old).unwrap_err();
        assert!(err.contains("differ"), "{err}");
        // A light grey on the light background fails the background check.
        let mut pale = PALETTE;
        pale[0] = [0xe8, 0xe8, 0xe8];
        assert!(meets_thresholds(&pale).unwrap_err().contains("backgrounds"));
        // The indigo of the palette before this one was distinct by ΔE00 but too dark to read
        // on the dark background.
        let mut indigo = PALETTE;
        indigo[10] = [0x33, 0x22, 0x88];
        assert!(meets_thresholds(&indigo).unwrap_err().contains("dim"));
    }
}
