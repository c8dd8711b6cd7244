//! A small, fixed, seedable random generator: the sample data and the bootstrap give the
//! same numbers on every machine and with every version of every crate.

/// SplitMix64: a tiny, fixed, seedable generator, so the samples are byte-identical on every
/// machine and every version of every crate.
#[derive(Clone, Debug)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Standard normal (Box–Muller).
    pub fn normal(&mut self) -> f64 {
        let u1 = self.uniform().max(f64::MIN_POSITIVE);
        let u2 = self.uniform();
        (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
    }

    /// Binomial(n, p): exact for small n, normal approximation above.
    pub fn binomial(&mut self, n: u64, p: f64) -> u64 {
        if n < 60 {
            return (0..n).filter(|_| self.uniform() < p).count() as u64;
        }
        let n_f = n as f64;
        let draw = n_f * p + (n_f * p * (1.0 - p)).sqrt() * self.normal();
        draw.round().clamp(0.0, n_f) as u64
    }

    /// Uniform in `0..n` (`n > 0`), by multiply-and-shift (no modulo bias worth the name).
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }
}
