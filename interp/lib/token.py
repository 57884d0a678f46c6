"""Token type constants of Python 3.11 (the numbers CPython's tokenizer uses).

The names are listed once, in numeric order, and bound as module globals by
position, so the numbering cannot drift from the list. tok_name maps every
number back to its name; EXACT_TOKEN_TYPES maps each operator's text to its
specific type (tokenize reports operators as OP and exposes the precise kind
through TokenInfo.exact_type)."""

_ORDERED_NAMES = (
    'ENDMARKER', 'NAME', 'NUMBER', 'STRING', 'NEWLINE', 'INDENT', 'DEDENT',
    'LPAR', 'RPAR', 'LSQB', 'RSQB', 'COLON', 'COMMA', 'SEMI', 'PLUS', 'MINUS',
    'STAR', 'SLASH', 'VBAR', 'AMPER', 'LESS', 'GREATER', 'EQUAL', 'DOT',
    'PERCENT', 'LBRACE', 'RBRACE', 'EQEQUAL', 'NOTEQUAL', 'LESSEQUAL',
    'GREATEREQUAL', 'TILDE', 'CIRCUMFLEX', 'LEFTSHIFT', 'RIGHTSHIFT',
    'DOUBLESTAR', 'PLUSEQUAL', 'MINEQUAL', 'STAREQUAL', 'SLASHEQUAL',
    'PERCENTEQUAL', 'AMPEREQUAL', 'VBAREQUAL', 'CIRCUMFLEXEQUAL',
    'LEFTSHIFTEQUAL', 'RIGHTSHIFTEQUAL', 'DOUBLESTAREQUAL', 'DOUBLESLASH',
    'DOUBLESLASHEQUAL', 'AT', 'ATEQUAL', 'RARROW', 'ELLIPSIS', 'COLONEQUAL',
    'OP', 'AWAIT', 'ASYNC', 'TYPE_IGNORE', 'TYPE_COMMENT', 'SOFT_KEYWORD',
    'ERRORTOKEN', 'COMMENT', 'NL', 'ENCODING', 'N_TOKENS',
)

tok_name = {}
for _num, _name in enumerate(_ORDERED_NAMES):
    globals()[_name] = _num
    tok_name[_num] = _name
# Grammar (nonterminal) symbols are numbered from here on; 256 is fixed by
# CPython's grammar tables.
NT_OFFSET = 256
tok_name[NT_OFFSET] = 'NT_OFFSET'

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF']
__all__.extend(_ORDERED_NAMES)
__all__.append('NT_OFFSET')

_OPERATOR_TEXT = (
    ('!=', 'NOTEQUAL'), ('%', 'PERCENT'), ('%=', 'PERCENTEQUAL'),
    ('&', 'AMPER'), ('&=', 'AMPEREQUAL'), ('(', 'LPAR'), (')', 'RPAR'),
    ('*', 'STAR'), ('**', 'DOUBLESTAR'), ('**=', 'DOUBLESTAREQUAL'),
    ('*=', 'STAREQUAL'), ('+', 'PLUS'), ('+=', 'PLUSEQUAL'), (',', 'COMMA'),
    ('-', 'MINUS'), ('-=', 'MINEQUAL'), ('->', 'RARROW'), ('.', 'DOT'),
    ('...', 'ELLIPSIS'), ('/', 'SLASH'), ('//', 'DOUBLESLASH'),
    ('//=', 'DOUBLESLASHEQUAL'), ('/=', 'SLASHEQUAL'), (':', 'COLON'),
    (':=', 'COLONEQUAL'), (';', 'SEMI'), ('<', 'LESS'), ('<<', 'LEFTSHIFT'),
    ('<<=', 'LEFTSHIFTEQUAL'), ('<=', 'LESSEQUAL'), ('=', 'EQUAL'),
    ('==', 'EQEQUAL'), ('>', 'GREATER'), ('>=', 'GREATEREQUAL'),
    ('>>', 'RIGHTSHIFT'), ('>>=', 'RIGHTSHIFTEQUAL'), ('@', 'AT'),
    ('@=', 'ATEQUAL'), ('[', 'LSQB'), (']', 'RSQB'), ('^', 'CIRCUMFLEX'),
    ('^=', 'CIRCUMFLEXEQUAL'), ('{', 'LBRACE'), ('|', 'VBAR'),
    ('|=', 'VBAREQUAL'), ('}', 'RBRACE'), ('~', 'TILDE'),
)
EXACT_TOKEN_TYPES = {text: globals()[name] for text, name in _OPERATOR_TEXT}

del _num, _name


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
