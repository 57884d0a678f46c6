"""Line-oriented command interpreters (CPython 3.11's cmd module, no readline).

Design: Cmd reads a line (input() when use_rawinput and stdin is the real
sys.stdin, else stdin.readline()), splits it into command name and argument
(parseline), and dispatches to the do_<name> method (onecmd); a true return
value ends cmdloop. gilpy has no readline module, so tab completion is not
wired to a terminal; the complete_* hooks are kept for subclasses that call
them directly.
"""

import string
import sys

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.cmdqueue = []
        self.completekey = completekey

    def cmdloop(self, intro=None):
        self.preloop()
        if intro is not None:
            self.intro = intro
        if self.intro:
            self.stdout.write(str(self.intro) + "\n")
        stop = None
        while not stop:
            if self.cmdqueue:
                line = self.cmdqueue.pop(0)
            elif self.use_rawinput:
                try:
                    line = input(self.prompt)
                except EOFError:
                    line = 'EOF'
            else:
                self.stdout.write(self.prompt)
                self.stdout.flush()
                line = self.stdin.readline()
                line = line.rstrip('\r\n') if line else 'EOF'
            line = self.precmd(line)
            stop = self.onecmd(line)
            stop = self.postcmd(stop, line)
        self.postloop()

    def precmd(self, line):
        return line

    def postcmd(self, stop, line):
        return stop

    def preloop(self):
        pass

    def postloop(self):
        pass

    def parseline(self, line):
        """(command, argument, line) with '?' -> help and '!' -> shell."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        i = 0
        while i < len(line) and line[i] in self.identchars:
            i += 1
        return line[:i], line[i:].strip(), line

    def onecmd(self, line):
        cmd, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if cmd is None:
            return self.default(line)
        self.lastcmd = line
        if line == 'EOF':
            self.lastcmd = ''
        if cmd == '':
            return self.default(line)
        func = getattr(self, 'do_' + cmd, None)
        if func is None:
            return self.default(line)
        return func(arg)

    def emptyline(self):
        if self.lastcmd:
            return self.onecmd(self.lastcmd)
        return None

    def default(self, line):
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        return [a[3:] for a in self.get_names() if a.startswith('do_' + text)]

    def get_names(self):
        return dir(self.__class__)

    def complete_help(self, *args):
        topics = set(a[5:] for a in self.get_names()
                     if a.startswith('help_' + args[0]))
        return list(set(self.completenames(*args)) | topics)

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            helper = getattr(self, 'help_' + arg, None)
            if helper is not None:
                helper()
                return
            doc = getattr(getattr(self, 'do_' + arg, None), '__doc__', None)
            if doc:
                self.stdout.write("%s\n" % str(doc))
                return
            self.stdout.write("%s\n" % str(self.nohelp % (arg,)))
            return
        names = self.get_names()
        cmds_doc, cmds_undoc, topics = [], [], set()
        for name in names:
            if name.startswith('help_'):
                topics.add(name[5:])
        seen = set()
        for name in sorted(names):
            if not name.startswith('do_') or name in seen:
                continue
            seen.add(name)
            cmd = name[3:]
            if cmd in topics:
                cmds_doc.append(cmd)
                topics.discard(cmd)
            elif getattr(self, name).__doc__:
                cmds_doc.append(cmd)
            else:
                cmds_undoc.append(cmd)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, cmds_doc, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, cmds_undoc, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if cmds:
            self.stdout.write("%s\n" % str(header))
            if self.ruler:
                self.stdout.write("%s\n" % str(self.ruler * len(header)))
            self.columnize(cmds, maxcol - 1)
            self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Print strings in as few rows as fit in displaywidth columns."""
        if not list:
            self.stdout.write("<empty>\n")
            return
        bad = [i for i in range(len(list)) if not isinstance(list[i], str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s"
                            % ", ".join(map(str, bad)))
        size = len(list)
        if size == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        for nrows in range(1, size):
            ncols = (size + nrows - 1) // nrows
            colwidths = []
            total = -2
            for col in range(ncols):
                width = max((len(list[i]) for i in
                             range(col * nrows, min(size, (col + 1) * nrows))),
                            default=0)
                colwidths.append(width)
                total += width + 2
                if total > displaywidth:
                    break
            if total <= displaywidth:
                break
        else:
            nrows = size
            ncols = 1
            colwidths = [0]
        for row in range(nrows):
            texts = [list[i] for i in range(row, size, nrows)]
            while texts and not texts[-1]:
                del texts[-1]
            for col in range(len(texts)):
                texts[col] = texts[col].ljust(colwidths[col])
            self.stdout.write("%s\n" % str("  ".join(texts)))
