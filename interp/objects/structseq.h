/* Named tuples implemented in C (structseq.c). */
#ifndef GP_STRUCTSEQ_H
#define GP_STRUCTSEQ_H
#include "objects/object.h"
/* fields must stay valid for the life of the process (static arrays). */
GpType *gp_structseq_new_type(const char *name, const char *const *fields, int nfields);
GpObject *gp_structseq_new(GpType *t, GpObject *const *items, gp_ssize n);  /* increfs items */
#endif
