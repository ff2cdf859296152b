# heapify and heappush arrange a list in the same order as CPython's heapq.
import heapq
h = [5, 3, 8, 1, 9, 2, 7, 7, 0]
heapq.heapify(h)
print(h)
h = []
for x in [5, 3, 8, 1, 9, 2, 5]:
    heapq.heappush(h, x)
print(h)
data = [(i * 37) % 101 for i in range(60)]
heapq.heapify(data)
print(data)
print(all(data[k] <= data[c] for k in range(len(data)) for c in (2 * k + 1, 2 * k + 2) if c < len(data)))
