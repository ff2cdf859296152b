# Measures: float arithmetic with list element access (simple n-body simulation).


def make_bodies():
    # A heavy central body with light bodies on near-circular orbits (not chaotic,
    # so the printed result is stable against last-bit rounding differences).
    bodies = [[0.0, 0.0, 0.0, 0.0, 20.0]]
    for i in range(4):
        r = 1.0 + 0.8 * i
        v = (20.0 / r) ** 0.5
        if i % 2:
            bodies.append([0.0, r, -v, 0.0, 0.001 * (i + 1)])
        else:
            bodies.append([r, 0.0, 0.0, v, 0.001 * (i + 1)])
    return bodies


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        e += 0.5 * b[4] * (b[2] * b[2] + b[3] * b[3])
        for j in range(i + 1, n):
            c = bodies[j]
            dx = b[0] - c[0]
            dy = b[1] - c[1]
            e -= b[4] * c[4] / (dx * dx + dy * dy + 0.0001) ** 0.5
    return e


def advance(bodies, dt, steps):
    n = len(bodies)
    for s in range(steps):
        for i in range(n):
            b = bodies[i]
            for j in range(i + 1, n):
                c = bodies[j]
                dx = b[0] - c[0]
                dy = b[1] - c[1]
                d2 = dx * dx + dy * dy + 0.0001
                mag = dt / (d2 * d2 ** 0.5)
                bm = b[4] * mag
                cm = c[4] * mag
                b[2] -= dx * cm
                b[3] -= dy * cm
                c[2] += dx * bm
                c[3] += dy * bm
        for b in bodies:
            b[0] += dt * b[2]
            b[1] += dt * b[3]


bodies = make_bodies()
e0 = energy(bodies)
advance(bodies, 0.001, 140000)
e1 = energy(bodies)
print("energy: %.5f -> %.5f" % (e0, e1))
print("body1: %.4f %.4f" % (bodies[1][0], bodies[1][1]))
