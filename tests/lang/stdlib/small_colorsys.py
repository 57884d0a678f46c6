import colorsys

samples = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0),
           (0.0, 0.0, 1.0), (0.2, 0.4, 0.6), (0.9, 0.1, 0.5), (0.5, 0.5, 0.25),
           (0.3, 0.7, 0.7), (0.75, 0.25, 0.25), (0.1, 0.9, 0.3)]
for rgb in samples:
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(rgb, yiq, colorsys.yiq_to_rgb(*yiq))
    print('  hls', hls, colorsys.hls_to_rgb(*hls))
    print('  hsv', hsv, colorsys.hsv_to_rgb(*hsv))

print(colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.yiq_to_rgb(0.0, -1.0, -1.0))
for h in [0.0, 0.1, 0.2, 0.35, 0.5, 0.6, 0.75, 0.9, 1.0, 1.25, -0.3]:
    print(h, colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.3, 0.6),
          colorsys.hls_to_rgb(h, 0.7, 0.4))
print(colorsys.hsv_to_rgb(0.3, 0.0, 0.4), colorsys.hls_to_rgb(0.3, 0.4, 0.0))
print(colorsys.rgb_to_hsv(2, 1, 0), colorsys.rgb_to_hls(1, 2, 3))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)
try:
    colorsys.rgb_to_hsv('a', 1, 2)
except TypeError as e:
    print(type(e).__name__)
print(sorted(colorsys.__all__))
