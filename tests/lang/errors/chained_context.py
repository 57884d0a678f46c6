# an exception raised while handling another prints both
def load(cfg):
    try:
        return cfg["port"]
    except KeyError:
        raise RuntimeError("configuration incomplete")

load({})
