# __init_subclass__ and class registries
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Csv(Plugin, name="csv-export"):
    pass
class Json(Plugin):
    pass
class JsonPretty(Json):
    pass
print(Plugin.registry, JsonPretty.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
