//! Presentation exports: any view of the registry, or the whole dashboard, as a PNG drawn
//! offscreen by the views' own code (never a crop of the screen), and the KPI table as CSV
//! from the core's table model. The app and the CLI both call [`save_png`].

mod gpu;
mod picture;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use std::sync::Arc;

use crate::budget::PlanData;
use crate::dashboard::{DashboardData, Presentation, Shown, Statistics, TableSort};
use crate::tr;
use crate::views::ViewRef;
pub use gpu::Gpu;

/// What one PNG shows: one view or the whole dashboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Picture {
    View(ViewRef),
    Dashboard,
}

impl Picture {
    pub fn name(self) -> &'static str {
        match self {
            Picture::View(v) => v.id(),
            Picture::Dashboard => "dashboard",
        }
    }

    /// A fixed title, for menus, in the language in force.
    pub fn title(self) -> String {
        match self {
            Picture::View(v) => v.title(),
            Picture::Dashboard => tr!("view-export-dashboard"),
        }
    }

    pub fn title_for(self, shown: &Shown<'_>) -> String {
        match self {
            Picture::View(v) => v.title_for(shown),
            Picture::Dashboard => tr!("view-export-dashboard-title"),
        }
    }

    /// A file name that says what and when: `roi-2024-09-22_2024-10-21.png`.
    pub fn file_name(self, data: &DashboardData, extension: &str) -> String {
        match data.span {
            Some((a, b)) => format!("{}-{a}_{b}.{extension}", self.name()),
            None => format!("{}.{extension}", self.name()),
        }
    }

    /// Every picture: each view of the registry, then the whole dashboard.
    pub fn all() -> impl Iterator<Item = Picture> {
        ViewRef::all()
            .map(Picture::View)
            .chain(std::iter::once(Picture::Dashboard))
    }

    /// The names `roi-lens chart --chart` takes, for its help and errors.
    pub fn names() -> String {
        Picture::all()
            .map(Picture::name)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl FromStr for Picture {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase();
        Picture::all().find(|p| p.name() == wanted).ok_or_else(|| {
            tr!(
                "view-export-unknown-chart",
                chart = s,
                choices = Picture::names()
            )
        })
    }
}

/// The scales an export can be rendered at.
pub const SCALES: [u32; 3] = [1, 2, 3];

/// The smallest and largest export side, in points: below the smallest the charts have no
/// room for their axes; above the largest no slide needs it.
pub const MIN_SIDE: u32 = 320;
pub const MAX_SIDE: u32 = 4096;

/// Size and look of a PNG export.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImageSpec {
    /// Logical size in points; the PNG has `width × scale` by `height × scale` pixels.
    pub width: u32,
    pub height: u32,
    /// 1, 2 or 3.
    pub scale: u32,
    /// Dark background instead of the default light one.
    pub dark: bool,
}

impl Default for ImageSpec {
    fn default() -> Self {
        ImageSpec {
            width: 1600,
            height: 900,
            scale: 2,
            dark: false,
        }
    }
}

impl ImageSpec {
    /// The PNG's size in pixels.
    pub fn pixels(&self) -> [u32; 2] {
        [self.width * self.scale, self.height * self.scale]
    }

    /// Checks the size and scale, and that the device can render that many pixels.
    pub fn check(&self, max_side_px: u32) -> Result<(), ExportError> {
        if !SCALES.contains(&self.scale) {
            return Err(ExportError::BadScale(self.scale));
        }
        for (what, side) in [("width", self.width), ("height", self.height)] {
            if !(MIN_SIDE..=MAX_SIDE).contains(&side) {
                return Err(ExportError::BadSize { what, side });
            }
        }
        let [w, h] = self.pixels();
        if w.max(h) > max_side_px {
            return Err(ExportError::TooLarge {
                width: w,
                height: h,
                max: max_side_px,
            });
        }
        Ok(())
    }
}

/// What the picture shows besides the computed values: the groups hidden from the charts, the
/// KPI table's sort, and the source file names for the footnote.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Look {
    pub hidden: BTreeSet<String>,
    pub sort: TableSort,
    pub sources: Vec<String>,
}

/// Everything computed that a picture may draw, owned, so it can be drawn off the UI thread.
#[derive(Clone, Debug)]
pub struct Snapshot {
    pub data: Arc<DashboardData>,
    pub stats: Option<Arc<Statistics>>,
    pub plan: Option<Arc<PlanData>>,
    pub cohorts: Option<Arc<crate::dashboard::CohortData>>,
    pub presentation: Presentation,
}

impl Snapshot {
    pub fn shown(&self) -> Shown<'_> {
        Shown::new(&self.data, self.stats.as_deref(), self.presentation)
            .with_plan(self.plan.as_deref())
            .with_cohorts(self.cohorts.as_deref())
    }
}

/// Why an export failed; said in the language in force.
#[derive(Debug)]
pub enum ExportError {
    BadScale(u32),
    /// `what` is `width` or `height`.
    BadSize {
        what: &'static str,
        side: u32,
    },
    TooLarge {
        width: u32,
        height: u32,
        max: u32,
    },
    NoGpu(String),
    Render(String),
    Encode(String),
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            ExportError::BadScale(scale) => {
                tr!("view-export-error-scale", scale = scale.to_string())
            }
            ExportError::BadSize { what, side } => tr!(
                "view-export-error-size",
                what = *what,
                min = MIN_SIDE.to_string(),
                max = MAX_SIDE.to_string(),
                side = side.to_string()
            ),
            ExportError::TooLarge { width, height, max } => tr!(
                "view-export-error-too-large",
                width = width.to_string(),
                height = height.to_string(),
                max = max.to_string()
            ),
            ExportError::NoGpu(why) => tr!("view-export-error-no-gpu", why = why),
            ExportError::Render(why) => tr!("view-export-error-render", why = why),
            ExportError::Encode(why) => tr!("view-export-error-encode", why = why),
            ExportError::Write { path, source } => tr!(
                "view-export-error-write",
                path = path.display().to_string(),
                why = source.to_string()
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ExportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ExportError::Write { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// egui passes run before the one that is drawn: the first lays out grids and measures text,
/// the later ones draw with those sizes settled.
const PASSES: usize = 3;

/// Draws `picture` of `data` offscreen and returns its pixels.
pub fn render(
    gpu: &Gpu,
    shown: &Shown<'_>,
    picture: Picture,
    spec: &ImageSpec,
    look: &Look,
) -> Result<image::RgbaImage, ExportError> {
    spec.check(gpu.max_side())?;
    let ctx = egui::Context::default();
    crate::ui::fonts::install(&ctx);
    ctx.set_theme(if spec.dark {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    });
    ctx.all_styles_mut(|style| {
        style.animation_time = 0.0;
        style.scroll_animation = egui::style::ScrollAnimation::none();
    });
    let size = egui::vec2(spec.width as f32, spec.height as f32);
    let mut input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size)),
        max_texture_side: Some(gpu.max_side() as usize),
        ..Default::default()
    };
    input
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .native_pixels_per_point = Some(spec.scale as f32);
    let mut textures = Vec::new();
    let mut last = None;
    for _ in 0..PASSES {
        let mut output = ctx.run_ui(input.clone(), |ui| {
            picture::picture_ui(ui, shown, picture, look);
        });
        textures.push(
            output
                .textures_delta
                .set
                .drain()
                .flat_map(|(id, deltas)| deltas.into_iter().map(move |d| (id, d)))
                .collect(),
        );
        last = Some(output);
    }
    let output = last.ok_or_else(|| ExportError::Render(tr!("view-export-no-frame")))?;
    let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
    let frame = gpu::Frame {
        size_px: spec.pixels(),
        pixels_per_point: output.pixels_per_point,
        primitives,
        textures,
    };
    gpu.render(&frame, ctx.global_style().visuals.panel_fill)
}

/// The picture as PNG bytes.
pub fn encode_png(image: &image::RgbaImage) -> Result<Vec<u8>, ExportError> {
    let mut bytes = Vec::new();
    image
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .map_err(|e| ExportError::Encode(e.to_string()))?;
    Ok(bytes)
}

/// Renders `picture` and writes it to `path` as a PNG (atomically: an existing file is
/// replaced whole or not at all). Returns the PNG's size in pixels.
pub fn save_png(
    gpu: &Gpu,
    shown: &Shown<'_>,
    picture: Picture,
    spec: &ImageSpec,
    look: &Look,
    path: &Path,
) -> Result<[u32; 2], ExportError> {
    let image = render(gpu, shown, picture, spec, look)?;
    let bytes = encode_png(&image)?;
    write(path, &bytes)?;
    Ok([image.width(), image.height()])
}

/// Writes the KPI table as a spreadsheet-safe CSV (UTF-8 with BOM, formulas neutralised).
pub fn save_table_csv(shown: &Shown<'_>, sort: TableSort, path: &Path) -> Result<(), ExportError> {
    write(path, shown.kpi_table(sort).report.to_csv(true).as_bytes())
}

/// Writes the budget plan's table as a spreadsheet-safe CSV, like the KPI table's.
pub fn save_plan_csv(plan: &PlanData, path: &Path) -> Result<(), ExportError> {
    write(path, plan.report().to_csv(true).as_bytes())
}

/// The cohort table as CSV, with a byte-order mark so Excel reads Chinese names.
pub fn save_cohorts_csv(
    data: &crate::dashboard::CohortData,
    path: &Path,
) -> Result<(), ExportError> {
    let text = format!("\u{feff}{}", data.table().to_csv());
    write(path, text.as_bytes())
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    crate::files::write_atomic(path, bytes).map_err(|source| ExportError::Write {
        path: path.to_path_buf(),
        source,
    })
}
