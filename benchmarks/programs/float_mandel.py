# Measures: float arithmetic in tight loops (Mandelbrot set escape counts).


def mandel(width, height, max_iter):
    total = 0
    inside = 0
    for py in range(height):
        ci = -1.2 + 2.4 * py / height
        for px in range(width):
            cr = -2.0 + 3.0 * px / width
            zr = 0.0
            zi = 0.0
            n = 0
            while n < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                n += 1
            total += n
            if n == max_iter:
                inside += 1
    return total, inside


print("mandel:", mandel(360, 270, 250))
