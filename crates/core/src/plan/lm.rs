//! Levenberg–Marquardt for the Hill curve's two nonlinear parameters, (u, v) = (ln K, ln s),
//! on the variable-projected residual: for any (K, s) the best β ≥ 0 is closed-form, so only
//! two parameters are searched, in logs so that both stay positive.

/// The bounds on the shape s (PLANNER.md: 0.5–3).
const S_MIN: f64 = 0.5;
const S_MAX: f64 = 3.0;

/// Least-squares state at one (ln K, ln s).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Eval {
    pub(crate) sse: f64,
    pub(crate) beta: f64,
    /// JᵀJ as [uu, uv, vv].
    jtj: [f64; 3],
    jtr: [f64; 2],
}

/// Buffers reused across evaluations of one fit.
#[derive(Default)]
pub(crate) struct Scratch {
    h: Vec<f64>,
    du: Vec<f64>,
    dv: Vec<f64>,
}

/// Residual sum of squares of `y − β·h` at (u, v) = (ln K, ln s) with the best β ≥ 0, and the
/// Gauss–Newton pieces of the variable-projected residual (Golub–Pereyra: the derivative
/// includes how β moves with K and s).
fn evaluate(la: &[f64], y: &[f64], u: f64, v: f64, sc: &mut Scratch) -> Eval {
    let s = v.exp();
    sc.h.clear();
    sc.du.clear();
    sc.dv.clear();
    let (mut hh, mut hy, mut uy, mut vy, mut hu, mut hv) = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    for (&l, &yt) in la.iter().zip(y) {
        let z = s * (l - u);
        // h = σ(z) and 1 − h = σ(−z) from one exponential, stable at both ends.
        let e = (-z.abs()).exp();
        let (big, small) = (1.0 / (1.0 + e), e / (1.0 + e));
        let h = if z >= 0.0 { big } else { small };
        let w = big * small;
        let du = -s * w;
        let dv = z * w;
        hh += h * h;
        hy += h * yt;
        uy += du * yt;
        vy += dv * yt;
        hu += h * du;
        hv += h * dv;
        sc.h.push(h);
        sc.du.push(du);
        sc.dv.push(dv);
    }
    let beta = if hh > 0.0 { (hy / hh).max(0.0) } else { 0.0 };
    let (bu, bv) = if beta > 0.0 {
        ((uy - 2.0 * beta * hu) / hh, (vy - 2.0 * beta * hv) / hh)
    } else {
        (0.0, 0.0)
    };
    let mut e = Eval {
        sse: 0.0,
        beta,
        jtj: [0.0; 3],
        jtr: [0.0; 2],
    };
    for (t, &yt) in y.iter().enumerate() {
        let h = sc.h[t];
        let r = yt - beta * h;
        let ju = -(beta * sc.du[t] + h * bu);
        let jv = -(beta * sc.dv[t] + h * bv);
        e.sse += r * r;
        e.jtj[0] += ju * ju;
        e.jtj[1] += ju * jv;
        e.jtj[2] += jv * jv;
        e.jtr[0] += ju * r;
        e.jtr[1] += jv * r;
    }
    e
}

/// Levenberg–Marquardt on (u, v) = (ln K, ln s), u inside `bounds`, s inside [0.5, 3]
/// (steps are projected onto the box).
pub(crate) fn levenberg(
    la: &[f64],
    y: &[f64],
    start: (f64, f64),
    bounds: (f64, f64),
    sc: &mut Scratch,
) -> (f64, f64, Eval) {
    let (vlo, vhi) = (S_MIN.ln(), S_MAX.ln());
    let mut u = start.0.clamp(bounds.0, bounds.1);
    let mut v = start.1.clamp(vlo, vhi);
    let mut e = evaluate(la, y, u, v, sc);
    let mut lambda = 1e-3;
    for _ in 0..100 {
        let [a, b, c] = e.jtj;
        let mut improved = false;
        while lambda < 1e12 {
            let (a2, c2) = (a + lambda * (a + 1e-12), c + lambda * (c + 1e-12));
            let det = a2 * c2 - b * b;
            if !(det.is_finite() && det > 0.0) {
                lambda *= 10.0;
                continue;
            }
            let du = -(c2 * e.jtr[0] - b * e.jtr[1]) / det;
            let dv = -(a2 * e.jtr[1] - b * e.jtr[0]) / det;
            let nu = (u + du).clamp(bounds.0, bounds.1);
            let nv = (v + dv).clamp(vlo, vhi);
            if nu == u && nv == v {
                break;
            }
            let ne = evaluate(la, y, nu, nv, sc);
            if ne.sse.is_finite() && ne.sse < e.sse {
                let gain = e.sse - ne.sse;
                let small = gain <= 1e-10 * e.sse || (nu - u).abs() + (nv - v).abs() < 1e-10;
                u = nu;
                v = nv;
                e = ne;
                lambda = (lambda / 3.0).max(1e-12);
                improved = !small;
                break;
            }
            lambda *= 4.0;
        }
        if !improved {
            break;
        }
    }
    (u, v, e)
}
