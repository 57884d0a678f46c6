/* gilpy.h -- one include for the whole C API of the interpreter. */
#ifndef GILPY_H
#define GILPY_H

#include "objects/object.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/floatobject.h"
#include "objects/strobject.h"
#include "objects/bytesobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/dictobject.h"
#include "objects/setobject.h"
#include "objects/rangeobject.h"
#include "objects/codeobject.h"
#include "objects/funcobject.h"
#include "objects/methodobject.h"
#include "objects/descrobject.h"
#include "objects/moduleobject.h"
#include "vm/state.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/eval.h"
#include "vm/import.h"
#include "mem/gpmem.h"

#endif
