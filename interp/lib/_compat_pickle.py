"""Python 2 <-> Python 3 name translation tables for pickle (gilpy).

pickle uses these when it writes a protocol 0-2 stream (REVERSE_* maps a
Python 3 (module, name) to what Python 2 called it) and when it reads one
with fix_imports=True (the forward maps).  The tables are data about the
two standard libraries; the forward maps are spelled out per group below
and the reverse maps are derived from them, plus the handful of entries
that only exist in one direction.
"""

# Python 2 module name -> Python 3 module name.
IMPORT_MAPPING = {'__builtin__': 'builtins', 'copy_reg': 'copyreg',
                  'Queue': 'queue', 'SocketServer': 'socketserver',
                  'ConfigParser': 'configparser', 'repr': 'reprlib',
                  'tkFileDialog': 'tkinter.filedialog',
                  'tkSimpleDialog': 'tkinter.simpledialog',
                  'tkColorChooser': 'tkinter.colorchooser',
                  'tkCommonDialog': 'tkinter.commondialog',
                  'Dialog': 'tkinter.dialog', 'Tkdnd': 'tkinter.dnd',
                  'tkFont': 'tkinter.font',
                  'tkMessageBox': 'tkinter.messagebox',
                  'ScrolledText': 'tkinter.scrolledtext',
                  'Tkconstants': 'tkinter.constants', 'Tix': 'tkinter.tix',
                  'ttk': 'tkinter.ttk', 'Tkinter': 'tkinter',
                  'markupbase': '_markupbase', '_winreg': 'winreg',
                  'thread': '_thread', 'dummy_thread': '_dummy_thread',
                  'dbhash': 'dbm.bsd', 'dumbdbm': 'dbm.dumb',
                  'dbm': 'dbm.ndbm', 'gdbm': 'dbm.gnu',
                  'xmlrpclib': 'xmlrpc.client',
                  'SimpleXMLRPCServer': 'xmlrpc.server',
                  'DocXMLRPCServer': 'xmlrpc.server',
                  'httplib': 'http.client',
                  'htmlentitydefs': 'html.entities',
                  'HTMLParser': 'html.parser', 'Cookie': 'http.cookies',
                  'cookielib': 'http.cookiejar',
                  'BaseHTTPServer': 'http.server',
                  'SimpleHTTPServer': 'http.server',
                  'CGIHTTPServer': 'http.server',
                  'test.test_support': 'test.support',
                  'commands': 'subprocess', 'urlparse': 'urllib.parse',
                  'robotparser': 'urllib.robotparser',
                  'urllib2': 'urllib.request', 'anydbm': 'dbm',
                  '_abcoll': 'collections.abc',
                  'FileDialog': 'tkinter.filedialog',
                  'SimpleDialog': 'tkinter.simpledialog',
                  # Modules without a one-to-one Python 3 counterpart,
                  # kept out of the reverse map below.
                  'cPickle': 'pickle', '_elementtree': 'xml.etree.ElementTree',
                  'UserDict': 'collections', 'UserList': 'collections',
                  'UserString': 'collections', 'whichdb': 'dbm',
                  'StringIO': 'io', 'cStringIO': 'io'}

# Python 2 (module, name) -> Python 3 (module, name).
NAME_MAPPING = {
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'),
    ('UserList', 'UserList'): ('collections', 'UserList'),
    ('UserString', 'UserString'): ('collections', 'UserString'),
    ('whichdb', 'whichdb'): ('dbm', 'whichdb'),
    ('_socket', 'fromfd'): ('socket', 'fromfd'),
    ('_multiprocessing', 'Connection'):
        ('multiprocessing.connection', 'Connection'),
    ('multiprocessing.process', 'Process'):
        ('multiprocessing.context', 'Process'),
    ('multiprocessing.forking', 'Popen'):
        ('multiprocessing.popen_fork', 'Popen'),
    ('urllib', 'ContentTooShortError'):
        ('urllib.error', 'ContentTooShortError'),
    ('urllib', 'getproxies'): ('urllib.request', 'getproxies'),
    ('urllib', 'pathname2url'): ('urllib.request', 'pathname2url'),
    ('urllib', 'quote_plus'): ('urllib.parse', 'quote_plus'),
    ('urllib', 'quote'): ('urllib.parse', 'quote'),
    ('urllib', 'unquote_plus'): ('urllib.parse', 'unquote_plus'),
    ('urllib', 'unquote'): ('urllib.parse', 'unquote'),
    ('urllib', 'url2pathname'): ('urllib.request', 'url2pathname'),
    ('urllib', 'urlcleanup'): ('urllib.request', 'urlcleanup'),
    ('urllib', 'urlencode'): ('urllib.parse', 'urlencode'),
    ('urllib', 'urlopen'): ('urllib.request', 'urlopen'),
    ('urllib', 'urlretrieve'): ('urllib.request', 'urlretrieve'),
    ('urllib2', 'HTTPError'): ('urllib.error', 'HTTPError'),
    ('urllib2', 'URLError'): ('urllib.error', 'URLError'),
}

PYTHON2_EXCEPTIONS = tuple(sorted("""
    ArithmeticError AssertionError AttributeError BaseException BufferError
    BytesWarning DeprecationWarning EOFError EnvironmentError Exception
    FloatingPointError FutureWarning GeneratorExit IOError ImportError
    ImportWarning IndentationError IndexError KeyError KeyboardInterrupt
    LookupError MemoryError NameError NotImplementedError OSError
    OverflowError PendingDeprecationWarning ReferenceError RuntimeError
    RuntimeWarning StopIteration SyntaxError SyntaxWarning SystemError
    SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError
    UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning
    UserWarning ValueError Warning ZeroDivisionError""".split()))

try:
    WindowsError
except NameError:
    pass
else:
    PYTHON2_EXCEPTIONS += ("WindowsError",)

for _exc in PYTHON2_EXCEPTIONS:
    NAME_MAPPING[("exceptions", _exc)] = ("builtins", _exc)

MULTIPROCESSING_EXCEPTIONS = ('AuthenticationError', 'BufferTooShort',
                              'ProcessError', 'TimeoutError')

for _exc in MULTIPROCESSING_EXCEPTIONS:
    NAME_MAPPING[("multiprocessing", _exc)] = ("multiprocessing.context",
                                               _exc)

# Python 3 module name -> Python 2 module name.  Modules that several
# Python 2 modules were merged into map back to the first of them.
REVERSE_IMPORT_MAPPING = {}
for _old, _new in IMPORT_MAPPING.items():
    if _old in ('cPickle', '_elementtree', 'UserDict', 'UserList',
                'UserString', 'StringIO', 'cStringIO', 'whichdb'):
        continue
    if _new not in REVERSE_IMPORT_MAPPING:
        REVERSE_IMPORT_MAPPING[_new] = _old
REVERSE_IMPORT_MAPPING.update({
    'tkinter.filedialog': 'tkFileDialog',
    'tkinter.simpledialog': 'tkSimpleDialog',
    'xmlrpc.server': 'SimpleXMLRPCServer',
    'http.server': 'BaseHTTPServer',
    'dbm': 'anydbm',
    '_bz2': 'bz2', '_dbm': 'dbm', '_functools': 'functools',
    '_gdbm': 'gdbm', '_pickle': 'pickle',
})

# Python 3 (module, name) -> Python 2 (module, name).
REVERSE_NAME_MAPPING = {}
for _old, _new in NAME_MAPPING.items():
    REVERSE_NAME_MAPPING[_new] = _old
# Names whose reverse is not simply the inverse of the forward entry.
REVERSE_NAME_MAPPING.update({
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
    ('builtins', 'Exception'): ('exceptions', 'Exception'),
    ('_functools', 'reduce'): ('__builtin__', 'reduce'),
    ('_socket', 'socket'): ('socket', '_socketobject'),
})
for _mod, _names in (('tkinter.filedialog', ('FileDialog', 'LoadFileDialog',
                                             'SaveFileDialog')),):
    for _n in _names:
        REVERSE_NAME_MAPPING[(_mod, _n)] = ('FileDialog', _n)
REVERSE_NAME_MAPPING[('tkinter.simpledialog', 'SimpleDialog')] = \
    ('SimpleDialog', 'SimpleDialog')
for _n in ('ServerHTMLDoc', 'XMLRPCDocGenerator', 'DocXMLRPCRequestHandler',
           'DocXMLRPCServer', 'DocCGIXMLRPCRequestHandler'):
    REVERSE_NAME_MAPPING[('xmlrpc.server', _n)] = ('DocXMLRPCServer', _n)
REVERSE_NAME_MAPPING[('http.server', 'SimpleHTTPRequestHandler')] = \
    ('SimpleHTTPServer', 'SimpleHTTPRequestHandler')
REVERSE_NAME_MAPPING[('http.server', 'CGIHTTPRequestHandler')] = \
    ('CGIHTTPServer', 'CGIHTTPRequestHandler')
# Forward-only entries (their reverse is already spelled out above).
NAME_MAPPING[('socket', '_socketobject')] = ('socket', 'SocketType')
NAME_MAPPING[('__builtin__', 'basestring')] = ('builtins', 'str')
NAME_MAPPING[('UserDict', 'UserDict')] = ('collections', 'UserDict')
NAME_MAPPING[('exceptions', 'StandardError')] = ('builtins', 'Exception')

# Python 3 exceptions that Python 2 only knew as their base class.
PYTHON3_OSERROR_EXCEPTIONS = (
    'BrokenPipeError', 'ChildProcessError', 'ConnectionAbortedError',
    'ConnectionError', 'ConnectionRefusedError', 'ConnectionResetError',
    'FileExistsError', 'FileNotFoundError', 'InterruptedError',
    'IsADirectoryError', 'NotADirectoryError', 'PermissionError',
    'ProcessLookupError', 'TimeoutError')
for _exc in PYTHON3_OSERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[('builtins', _exc)] = ('exceptions', 'OSError')

PYTHON3_IMPORTERROR_EXCEPTIONS = ('ModuleNotFoundError',)
for _exc in PYTHON3_IMPORTERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[('builtins', _exc)] = ('exceptions', 'ImportError')

del _old, _new, _exc, _mod, _names, _n
