//! Offscreen rendering: one egui pass drawn by egui-wgpu into a texture and read back as
//! RGBA pixels. The app lends eframe's device; the CLI makes its own with no window (on a
//! machine without a GPU that is Mesa's lavapipe software Vulkan driver).

use std::sync::mpsc::channel;
use std::time::Duration;

use eframe::egui_wgpu::{self, wgpu};

use super::ExportError;

/// The pixel format rendered and read back: plain RGBA, what egui-wgpu prefers and PNG wants.
const FORMAT: wgpu::TextureFormat = wgpu::TextureFormat::Rgba8Unorm;

/// How long to wait for the GPU; a software rasteriser on a busy machine is slow, a lost
/// device would otherwise hang the export forever.
const GPU_TIMEOUT: Duration = Duration::from_secs(60);

/// A wgpu device and queue to render exports with.
#[derive(Clone)]
pub struct Gpu {
    device: wgpu::Device,
    queue: wgpu::Queue,
}

impl std::fmt::Debug for Gpu {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // What `debug_struct` with no fields would write.
        f.write_str("Gpu { .. }")
    }
}

impl Gpu {
    /// Shares the device of a running eframe app.
    pub fn from_render_state(state: &egui_wgpu::RenderState) -> Gpu {
        Gpu {
            device: state.device.clone(),
            queue: state.queue.clone(),
        }
    }

    /// Creates a device without any window or display (for the CLI, and for the app when
    /// eframe has none to lend).
    pub fn headless() -> Result<Gpu, ExportError> {
        // Vulkan (Metal, DX12) first: OpenGL needs a display connection, and probing for one
        // on a machine without it prints noise. OpenGL is the fallback; `WGPU_BACKEND` in the
        // environment overrides both.
        let from_env = wgpu::Backends::from_env();
        let tries = match from_env {
            Some(backends) => vec![backends],
            None => vec![wgpu::Backends::PRIMARY, wgpu::Backends::GL],
        };
        let mut errors = Vec::new();
        for backends in tries {
            match Self::headless_with(backends) {
                Ok(gpu) => return Ok(gpu),
                Err(e) => errors.push(e),
            }
        }
        Err(ExportError::NoGpu(errors.join("; ")))
    }

    fn headless_with(backends: wgpu::Backends) -> Result<Gpu, String> {
        let mut create = egui_wgpu::WgpuSetupCreateNew::without_display_handle();
        create.instance_descriptor.backends = backends;
        let setup = egui_wgpu::WgpuSetup::CreateNew(create);
        let config = egui_wgpu::WgpuConfiguration {
            wgpu_setup: setup.clone(),
            ..Default::default()
        };
        let state = pollster::block_on(async {
            let instance = setup.new_instance().await;
            egui_wgpu::RenderState::create(
                &config,
                &instance,
                None,
                egui_wgpu::RendererOptions::PREDICTABLE,
            )
            .await
        })
        .map_err(|e| e.to_string())?;
        Ok(Gpu::from_render_state(&state))
    }

    /// The largest texture side this device renders.
    pub fn max_side(&self) -> u32 {
        self.device.limits().max_texture_dimension_2d
    }

    /// Renders `frame` over `background` with a renderer of its own (the app's renderer and
    /// this picture's egui context would disagree about texture ids) and reads it back.
    pub(super) fn render(
        &self,
        frame: &Frame,
        background: egui::Color32,
    ) -> Result<image::RgbaImage, ExportError> {
        let mut renderer = egui_wgpu::Renderer::new(
            &self.device,
            FORMAT,
            egui_wgpu::RendererOptions::PREDICTABLE,
        );
        for delta in &frame.textures {
            for (id, image) in delta {
                renderer.update_texture(&self.device, &self.queue, *id, image);
            }
        }
        let [width, height] = frame.size_px;
        let screen = egui_wgpu::ScreenDescriptor {
            size_in_pixels: [width, height],
            pixels_per_point: frame.pixels_per_point,
        };
        let texture = self.device.create_texture(&wgpu::TextureDescriptor {
            label: Some("roi-lens export"),
            size: wgpu::Extent3d {
                width,
                height,
                depth_or_array_layers: 1,
            },
            mip_level_count: 1,
            sample_count: 1,
            dimension: wgpu::TextureDimension::D2,
            format: FORMAT,
            usage: wgpu::TextureUsages::RENDER_ATTACHMENT | wgpu::TextureUsages::COPY_SRC,
            view_formats: &[],
        });
        let view = texture.create_view(&wgpu::TextureViewDescriptor::default());
        let mut encoder = self
            .device
            .create_command_encoder(&wgpu::CommandEncoderDescriptor {
                label: Some("roi-lens export"),
            });
        let user_buffers = renderer.update_buffers(
            &self.device,
            &self.queue,
            &mut encoder,
            &frame.primitives,
            &screen,
        );
        let [r, g, b, a] = background.to_normalized_gamma_f32();
        {
            let mut pass = encoder
                .begin_render_pass(&wgpu::RenderPassDescriptor {
                    label: Some("roi-lens export"),
                    color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                        view: &view,
                        resolve_target: None,
                        ops: wgpu::Operations {
                            load: wgpu::LoadOp::Clear(wgpu::Color {
                                r: f64::from(r),
                                g: f64::from(g),
                                b: f64::from(b),
                                a: f64::from(a),
                            }),
                            store: wgpu::StoreOp::Store,
                        },
                        depth_slice: None,
                    })],
                    ..Default::default()
                })
                .forget_lifetime();
            renderer.render(&mut pass, &frame.primitives, &screen);
        }
        // Copy the picture into a buffer whose rows are padded as wgpu requires.
        let unpadded = width as usize * 4;
        let align = wgpu::COPY_BYTES_PER_ROW_ALIGNMENT as usize;
        let padded = unpadded.div_ceil(align) * align;
        let buffer = self.device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("roi-lens export read-back"),
            size: (padded * height as usize) as u64,
            usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        encoder.copy_texture_to_buffer(
            texture.as_image_copy(),
            wgpu::TexelCopyBufferInfo {
                buffer: &buffer,
                layout: wgpu::TexelCopyBufferLayout {
                    offset: 0,
                    bytes_per_row: Some(padded as u32),
                    rows_per_image: None,
                },
            },
            wgpu::Extent3d {
                width,
                height,
                depth_or_array_layers: 1,
            },
        );
        let submission = self
            .queue
            .submit(user_buffers.into_iter().chain([encoder.finish()]));
        let slice = buffer.slice(..);
        let (tx, rx) = channel();
        slice.map_async(wgpu::MapMode::Read, move |result| {
            let _ = tx.send(result);
        });
        self.device
            .poll(wgpu::PollType::Wait {
                submission_index: Some(submission),
                timeout: Some(GPU_TIMEOUT),
            })
            .map_err(|e| ExportError::Render(e.to_string()))?;
        rx.recv_timeout(GPU_TIMEOUT)
            .map_err(|_| ExportError::Render(crate::tr!("view-export-gpu-timeout")))?
            .map_err(|e| ExportError::Render(e.to_string()))?;
        let pixels = {
            let mapped = slice
                .get_mapped_range()
                .map_err(|e| ExportError::Render(e.to_string()))?;
            mapped
                .chunks_exact(padded)
                .flat_map(|row| &row[..unpadded])
                .copied()
                .collect::<Vec<u8>>()
        };
        buffer.unmap();
        texture.destroy();
        image::RgbaImage::from_raw(width, height, pixels)
            .ok_or_else(|| ExportError::Render(crate::tr!("view-export-wrong-size")))
    }
}

/// One egui frame ready to draw: its tessellated shapes and every texture update of the
/// passes that produced it.
pub(super) struct Frame {
    pub size_px: [u32; 2],
    pub pixels_per_point: f32,
    pub primitives: Vec<egui::ClippedPrimitive>,
    pub textures: Vec<Vec<(egui::TextureId, egui::epaint::ImageDelta)>>,
}
