# slice assignment and deletion on lists
elems = [1, 2, 3, 4, 5]
elems[1:1] = [20, 30]
print(elems)
elems[0:2] = []
print(elems)
elems[:] = "abc"
print(elems)
elems[len(elems):] = [9, 9]
print(elems)
nums = list(range(10))
nums[::2] = [0] * 5
print(nums)
try:
    nums[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
nums[1:3] = range(3)
print(nums)
nums[-2:] = []
print(nums)
nums[5:2] = ["x"]
print(nums)
nums[100:] = [7]
print(nums)
