#ifndef GP_IMPORT_H
#define GP_IMPORT_H
#include "objects/object.h"

/* __import__(name, globals, locals, fromlist, level) */
GpObject *gp_import_module_level(GpObject *name, GpObject *globals, GpObject *fromlist, int level);
GpObject *gp_import(const char *name);          /* import by absolute dotted name */
GpObject *gp_import_add_module(const char *name); /* get or create sys.modules[name] */
/* Execute source as module __main__ / as a named module */
int gp_run_main_file(const char *path);
int gp_run_string(const char *src, const char *filename, int mode_single);
#endif
