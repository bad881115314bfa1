#ifndef FACTLINE_CEDITLINE_SHIM_H
#define FACTLINE_CEDITLINE_SHIM_H
#include <histedit.h>
#endif
