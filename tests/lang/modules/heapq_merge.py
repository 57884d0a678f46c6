import heapq, itertools
print(list(heapq.merge([1,3,5],[2,4,6],[0,7])), list(heapq.merge([5,3,1],[4,2],reverse=True)), list(heapq.merge(['bb','a'],['ccc'],key=len)))
print(list(itertools.islice(heapq.merge(itertools.count(0,2), itertools.count(1,2)), 7)))
print(list(heapq.merge()), list(heapq.merge([(1,'b')],[(1,'a')])))
for f,a in [(heapq.heappush,(5,1)),(heapq.heapify,((1,),)),(heapq.heapreplace,([],1)),(heapq.heappop,([],))]:
    try: f(*a)
    except Exception as e: print(type(e).__name__, e)
h=[]
for x in [5,3,8,1,9,2]: heapq.heappush(h,(x,str(x)))
print([heapq.heappop(h) for _ in range(len(h))])
print(heapq.nlargest(3,[1,5,2,8,3],key=lambda x:-x), heapq.nsmallest(0,[1]))
