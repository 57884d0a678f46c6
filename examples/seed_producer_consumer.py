# seed_producer_consumer.py -- producer and consumer threads talking through
# a queue.Queue (seed 002, "多线程通信" and the sentinel example).
#
# Seed 002 gives the producer/consumer with multiprocessing.Process and
# multiprocessing.Queue and says that threads work the same way ("只须将
# multiprocessing.Process换成...Thread即可"); for threads the queue is
# queue.Queue ("提供三种队列：Queue(FIFO)/LifoQueue/PriorityQueue"). So this
# is the seed's code with exactly those two substitutions; consumer() and
# producer() are unchanged. None is the sentinel ("设置关闭标志") that tells
# the consumer to stop.
#
# queue.Queue does its own locking: put() and get() are safe from any
# thread, and get() blocks (releasing the GIL) until an item arrives.
#
#     python3 examples/seed_producer_consumer.py
#     build/gilpy examples/seed_producer_consumer.py
import queue
import threading

def consumer(input_q):
    while True:
        item = input_q.get()
        if item is None:
            break
        print(item)
    # 关闭
    print("Consumer done")

def producer(sequence, output_q):
    for item in sequence:
        output_q.put(item)

if __name__ == '__main__':
    q = queue.Queue()
    cons_p = threading.Thread(target=consumer, args=(q,))
    cons_p.start()

    sequence = [1,2,3,4]
    producer(sequence, q)
    # 设置关闭标志
    q.put(None)

    # 等待消费者进程关闭
    cons_p.join()
