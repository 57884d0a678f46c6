/* match.h -- run-time support of the match statement (PEP 634): the work
 * of the MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS
 * instructions (see compile/compiler_match.c for how they are used). */
#ifndef GP_VM_MATCH_H
#define GP_VM_MATCH_H
#include "gilpy.h"

/* Does o's type take part in sequence / mapping patterns? 1, 0 or -1.
 * Sequences: list, tuple, range, memoryview, deque, subclasses, and classes
 * deriving from or registered with collections.abc.Sequence -- never
 * str, bytes or bytearray.  Mappings: dict, mappingproxy and
 * collections.abc.Mapping classes. */
int gp_match_is_sequence(GpObject *o);
int gp_match_is_mapping(GpObject *o);

/* The values of `keys` (a tuple) in `map`, looked up with map.get(key,
 * sentinel) so that defaultdict-like mappings grow no keys: a new tuple,
 * None (new ref) when a key is missing, NULL with an exception. */
GpObject *gp_match_keys(GpObject *map, GpObject *keys);

/* Class pattern cls(<nargs positional>, **kw_names): a new tuple of the
 * attributes to match (positional ones named by cls.__match_args__, or the
 * subject itself for bool/int/str/... without __match_args__), None (new
 * ref) when the subject is no instance of cls or lacks an attribute, NULL
 * with TypeError for a malformed pattern. */
GpObject *gp_match_class(GpObject *subject, GpObject *cls, int nargs, GpObject *kw_names);

#endif
