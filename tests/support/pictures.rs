//! Checks on exported PNGs shared by the export, CLI and app tests.

#![allow(dead_code)]

use image::RgbaImage;

/// Decodes a PNG file.
pub fn open_png(path: &std::path::Path) -> RgbaImage {
    let bytes = std::fs::read(path).expect("read the PNG");
    assert!(
        bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        "not a PNG: {}",
        path.display()
    );
    image::load_from_memory_with_format(&bytes, image::ImageFormat::Png)
        .expect("decode the PNG")
        .to_rgba8()
}

/// Pixels within `tolerance` (per channel) of `rgb`.
pub fn pixels_of(image: &RgbaImage, rgb: [u8; 3], tolerance: u8) -> usize {
    image
        .pixels()
        .filter(|p| (0..3).all(|i| p.0[i].abs_diff(rgb[i]) <= tolerance))
        .count()
}

/// Not blank: the background covers less than 97 % of the picture and there is real variety
/// (text, lines, fills).
pub fn assert_not_blank(image: &RgbaImage) {
    let background = image.get_pixel(2, 2).0;
    let total = (image.width() * image.height()) as usize;
    let same = image.pixels().filter(|p| p.0 == background).count();
    assert!(
        same * 100 < total * 97,
        "{same} of {total} pixels are the background colour"
    );
    let mut colours: Vec<[u8; 4]> = image.pixels().map(|p| p.0).collect();
    colours.sort_unstable();
    colours.dedup();
    assert!(
        colours.len() > 50,
        "only {} distinct colours",
        colours.len()
    );
}

/// Every `(name, colour)` appears on at least `min` pixels.
pub fn assert_colours_present(image: &RgbaImage, groups: &[(String, [u8; 3])], min: usize) {
    for (name, rgb) in groups {
        let n = pixels_of(image, *rgb, 6);
        assert!(n >= min, "{name}'s colour {rgb:?} on only {n} pixels");
    }
}
