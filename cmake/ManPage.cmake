# Writes pressdesk-cli's manual page from its own help (`pressdesk-cli --lang en --help`), so
# the page lists exactly the commands the program has. Run by the build (cmake -P) with
#   -DCLI=<pressdesk-cli> -DOUT=<file.1> -DVERSION=<version>
execute_process(COMMAND ${CLI} --lang en --help
    OUTPUT_VARIABLE help RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "pressdesk-cli --help failed (${rc}): ${err}")
endif()
# roff: a backslash is written \e; a line may not start with a dot or an apostrophe.
string(REPLACE "\\" "\\e" help "${help}")
string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
string(REGEX REPLACE "\n+$" "" help "${help}")
file(WRITE ${OUT}
".TH PRESSDESK-CLI 1 \"2026\" \"PressDesk ${VERSION}\" \"User Commands\"
.SH NAME
pressdesk-cli \\- PressDesk from the command line: articles, review, publishing, plans, radio, visual campaigns, the office server
.SH SYNOPSIS
.B pressdesk-cli
.RB [ \\-\\-db
.IR FILE ]
.RB [ \\-\\-user
.IR NAME ]
.RB [ \\-\\-json ]
.RB [ \\-\\-lang
.IR vi | en ]
.I COMMAND
.RI [ ARGUMENTS ...]
.SH DESCRIPTION
.B pressdesk-cli
does from a terminal or a script what the PressDesk window does, on the same profile: write,
review and approve articles, publish them to the office's portal, keep plans and write their
reports, make radio rundowns and keep the visual campaign register, back up and check the
profile, and set up and sync with the office server.
Messages are in Vietnamese unless
.B \\-\\-lang en
is given; with
.BR \\-\\-json ,
the commands marked so print JSON.
.SH COMMANDS
The text below is the program's own help
.RB ( \"pressdesk-cli --help\" ).
.PP
.nf
${help}
.fi
.SH SEE ALSO
.BR pressdesk (1),
.BR psql (1)
")
