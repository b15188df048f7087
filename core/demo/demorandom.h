#pragma once

#include <QtGlobal>

#include <cmath>
#include <vector>

namespace clearsight::demo
{

// The demo generator's random stream: xoshiro256** seeded through splitmix64, with its own
// uniform and normal transforms. The standard distributions are avoided on purpose: their output
// differs between library implementations, and the demo must be byte-identical for a seed.
class DemoRandom
{
public:
    // Independent streams from one seed: the world, the plan and the declarations draw from
    // separate streams so that changing how one of them draws does not reshuffle the others.
    DemoRandom(quint64 seed, quint64 stream)
    {
        quint64 x = seed ^ (0x9E3779B97F4A7C15ULL * (stream + 1));
        for (quint64 &s : m_state)
            s = splitMix(x);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, 1), 53 random bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [0, n); n > 0.
    int below(int n) { return int(uniform() * n); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); } // inclusive
    bool chance(double p) { return uniform() < p; }

    // Standard normal by Marsaglia's polar method (only sqrt and log, both exactly specified
    // enough on IEEE machines for reproducible output).
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u, v, s;
        do {
            u = 2.0 * uniform() - 1.0;
            v = 2.0 * uniform() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        const double f = std::sqrt(-2.0 * std::log(s) / s);
        m_spare = v * f;
        m_hasSpare = true;
        return u * f;
    }
    double normal(double mean, double sigma) { return mean + sigma * normal(); }
    // exp(N(0, sigma)): a multiplicative noise factor with median 1.
    double logNormal(double sigma) { return std::exp(sigma * normal()); }
    // Pareto with minimum 1 and tail index alpha: heavy-tailed activity and sizes.
    double pareto(double alpha) { return std::pow(1.0 - uniform(), -1.0 / alpha); }

    // Index drawn with probability proportional to weights[i]; -1 if all weights are zero.
    int weighted(const std::vector<double> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        if (total <= 0)
            return -1;
        double r = uniform() * total;
        for (size_t i = 0; i < weights.size(); ++i) {
            r -= weights[i];
            if (r < 0 && weights[i] > 0)
                return int(i);
        }
        for (size_t i = weights.size(); i-- > 0;) { // rounding left r >= 0: last positive weight
            if (weights[i] > 0)
                return int(i);
        }
        return -1;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitMix(quint64 &x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    quint64 m_state[4];
    double m_spare = 0;
    bool m_hasSpare = false;
};

} // namespace clearsight::demo
