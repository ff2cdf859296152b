# Pushing everything then popping everything gives sorted order.
import heapq
data = [(i * 7919) % 1013 for i in range(300)]
h = []
for x in data:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(len(h))] == sorted(data), h)
h = []
for word in ["pear", "apple", "fig", "kiwi", "banana"]:
    heapq.heappush(h, (len(word), word))
print([heapq.heappop(h) for _ in range(5)])
