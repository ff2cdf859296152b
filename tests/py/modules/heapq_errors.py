# heappop on an empty heap raises IndexError; a heap must be a list (TypeError);
# items that cannot be compared raise TypeError.
import heapq
try:
    heapq.heappop([])
except IndexError:
    print("IndexError")
for call in (lambda: heapq.heappush((), 1), lambda: heapq.heapify((3, 2)), lambda: heapq.heappop(5),
             lambda: heapq.heapify([[1], "a"])):
    try:
        call()
    except TypeError:
        print("TypeError")
print(heapq.heappush([], 1), heapq.heapify([]))
