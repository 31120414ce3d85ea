// commands.h: one function per limber-cli command (argv[0] is the command name).
#pragma once

namespace limber::cli {
int cmd_about(int argc, char** argv);
int cmd_screen(int argc, char** argv);
int cmd_validate_assets(int argc, char** argv);
int cmd_catalogue(int argc, char** argv);
int cmd_plan(int argc, char** argv);
int cmd_figure(int argc, char** argv);
int cmd_protocol(int argc, char** argv);
int cmd_journal(int argc, char** argv);
int cmd_export(int argc, char** argv);
int cmd_import(int argc, char** argv);
}  // namespace limber::cli
