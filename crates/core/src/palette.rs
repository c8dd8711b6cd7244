//! Stable channel colours: a channel keeps its colour in every chart, in exports, and every
//! time the app opens, because the colour comes from its name.

/// A colour-blind-friendly palette (Okabe–Ito and Tableau 10 blended), as RGB, chosen to stay
/// distinct on both light and dark backgrounds.
pub const PALETTE: [[u8; 3]; 12] = [
    [0x1f, 0x77, 0xb4], // blue
    [0xff, 0x7f, 0x0e], // orange
    [0x2c, 0xa0, 0x2c], // green
    [0xd6, 0x27, 0x28], // red
    [0x94, 0x67, 0xbd], // purple
    [0x8c, 0x56, 0x4b], // brown
    [0xe3, 0x77, 0xc2], // pink
    [0x17, 0xbe, 0xcf], // cyan
    [0xbc, 0xbd, 0x22], // olive
    [0x00, 0x72, 0xb2], // deep blue
    [0xe6, 0x9f, 0x00], // amber
    [0x7f, 0x7f, 0x7f], // grey
];

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

/// Colours for a set of names: each starts at its own hashed slot and, when another name of
/// the set already holds it, takes the next free one, so up to 12 names never share a colour.
/// Names are assigned in sorted order, so the result does not depend on the order given.
pub fn assign_colors(names: &[String]) -> Vec<[u8; 3]> {
    let mut sorted: Vec<&String> = names.iter().collect();
    sorted.sort();
    sorted.dedup();
    let mut taken = [false; PALETTE.len()];
    let mut slot_of = std::collections::HashMap::new();
    for name in sorted {
        let start = (fnv1a(name) % PALETTE.len() as u64) as usize;
        let slot = (0..PALETTE.len())
            .map(|i| (start + i) % PALETTE.len())
            .find(|s| !taken[*s])
            .unwrap_or(start);
        taken[slot] = true;
        slot_of.insert(name.clone(), slot);
    }
    names
        .iter()
        .map(|n| PALETTE[slot_of.get(n).copied().unwrap_or(0)])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_and_distinct() {
        let names: Vec<String> = [
            "Douyin",
            "Kuaishou",
            "WeChat Moments",
            "视频号",
            "抖音",
            "小红书",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
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
}
