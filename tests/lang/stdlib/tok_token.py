# token module: constants, tok_name, EXACT_TOKEN_TYPES, predicates.
import token
print(sorted((n, v) for n, v in vars(token).items()
             if isinstance(v, int) and n.isupper()))
print(token.__all__)
print(sorted(token.tok_name.items()))
print(list(token.EXACT_TOKEN_TYPES.items()))
print(token.ISTERMINAL(5), token.ISTERMINAL(256), token.ISNONTERMINAL(300),
      token.ISNONTERMINAL(0), token.ISEOF(0), token.ISEOF(1))
print(token.tok_name[token.OP], token.tok_name[token.ENCODING],
      token.N_TOKENS, token.NT_OFFSET)
