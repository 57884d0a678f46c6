"""ProcessPoolExecutor (gilpy): a placeholder.

gilpy has no multiprocessing module yet, so there is no way to start worker
processes and exchange pickled calls with them. The names are importable
(code that only imports them, or picks an executor at run time, keeps
working), but creating a ProcessPoolExecutor raises NotImplementedError.
Replace this module with a real implementation once multiprocessing exists.
"""

from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process of a ProcessPoolExecutor terminated abruptly
    while a future was in the running state."""


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        raise NotImplementedError(
            "ProcessPoolExecutor is not available: gilpy has no "
            "multiprocessing support yet")
