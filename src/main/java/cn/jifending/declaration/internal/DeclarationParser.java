        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
k        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
j        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
j        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
v        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
C        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
k        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
j        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
v        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
L        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
j        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
v        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
C        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
j        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
v        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
L        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
j        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
v        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
O        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
j        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
v        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
x        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
P        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
/        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
*        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
*        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
*        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
R        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
C        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
:        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
{        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
@        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
[        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
申        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
报        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
]        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
<        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
>        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
<        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
>        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
<        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
>        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
}        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
y        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
*        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
{        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
@        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
申        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
报        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
志        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
愿        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
服        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
务        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
1        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
1        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
月        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
2        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
0        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
日        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
社        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
区        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
义        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
诊        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
}        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
{        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
@        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
志        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
愿        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
昨        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
天        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
敬        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
老        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
院        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
陪        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
护        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
}        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
*        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
P        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
:        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
y        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
j        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
k        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
*        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
/        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
P        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
{        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
/        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
*        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
*        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
*        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
W        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
*        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
*        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
@        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
z        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
y        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
*        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
@        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
k        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
I        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
k        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
k        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
b        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
*        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
@        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
*        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
@        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
b        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
x        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
y        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
2        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
月        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
3        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
0        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
日        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
*        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
@        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
*        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
/        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
P        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
O        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
<        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
b        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
I        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
>        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
S        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
k        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
I        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
O        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
<        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
L        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
>        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
S        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
b        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
S        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
{        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
}        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
v        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
P        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
L        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
E        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
A        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
P        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
^        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
申        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
报        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
|        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
我        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
要        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
申        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
报        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
|        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
申        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
请        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
|        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
报        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
[        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
\        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
\        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
\        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
\        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
3        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
0        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
0        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
0        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
:        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
：        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
，        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
]        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
*        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
v        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
P        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
S        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
E        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
P        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
A        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
R        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
A        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
T        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
O        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
R        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
S        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
P        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
[        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
\        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
\        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
\        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
\        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
3        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
0        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
0        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
0        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
，        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
、        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
；        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
:        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
：        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
]        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
+        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
v        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
C        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
k        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
k        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
P        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
C        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
k        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
k        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
{        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
k        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
k        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
}        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
L        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
y        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
{        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
L        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
k        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
}        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
P        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
S        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
x        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
L        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
<        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
b        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
I        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
>        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
{        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
S        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
L        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
E        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
A        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
x        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
?        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
:        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
x        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
F        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
O        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
<        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
L        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
>        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
O        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
y        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
S        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
b        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
O        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
<        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
E        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
x        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
F        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
>        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
E        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
x        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
y        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
P        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
{        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
E        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
x        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
F        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
b        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
P        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
?        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
:        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
x        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
b        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
0        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
+        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
+        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
b        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
}        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
S        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
E        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
P        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
A        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
R        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
A        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
T        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
O        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
R        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
S        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
A        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
O        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
<        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
M        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
>        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
I        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
S        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
k        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
P        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
{        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
b        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
0        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
+        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
+        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
b        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
}        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
!        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
E        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
y        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
{        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
S        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
2        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
[        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
0        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
]        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
|        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
|        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
P        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
|        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
|        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
!        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
b        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
E        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
y        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
{        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
k        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
b        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
}        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
{        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
k        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
}        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
}        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
S        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
S        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
E        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
P        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
A        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
R        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
A        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
T        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
O        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
R        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
S        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
A        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
P        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
M        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
:        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
:        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
k        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
b        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
}        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
/        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
*        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
*        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
T        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
x        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
y        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
*        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
/        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
O        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
<        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
b        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
I        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
>        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
z        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
S        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
L        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
<        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
b        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
I        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
>        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
{        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
I        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
?        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
:        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
M        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
:        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
:        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
}        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
v        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
M        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
b        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
I        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
{        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
}        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
v        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
O        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
<        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
M        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
>        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
I        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
S        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
x        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
L        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
<        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
b        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
I        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
>        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
{        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
A        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
D        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
b        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
I        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
S        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
{        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
}        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
L        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
<        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
A        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
>        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
M        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
-        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
>        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
-        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
>        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
A        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
C        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
I        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
A        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
-        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
>        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
v        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
L        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
A        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
:        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
{        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
x        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
W        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
{        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
O        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
M        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
0        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
E        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
x        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
}        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
}        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
0        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
S        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
:        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
x        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
{        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
A        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
:        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
{        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
W        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
{        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
O        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
M        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
+        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
E        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
}        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
}        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
+        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
+        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
1        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
}        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
O        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
y        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
}        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
/        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
*        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
*        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
A        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
k        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
k        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
活        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
动        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
/        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
服        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
务        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
/        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
工        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
作        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
*        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
/        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
v        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
w        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
o        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
E        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
S        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
x        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
E        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
{        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
x        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
x        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
O        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
f        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
'        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
'        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
<        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
0        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
?        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
x        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
:        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
p        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
S        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
=        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
x        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
b        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
g        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
E        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
,        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
u        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
r        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
.        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
m        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
t        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
c        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
h        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
(        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
活        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
动        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
|        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
服        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
务        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
|        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
工        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
作        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
|        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
项        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
目        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
|        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
情        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
况        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
|        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
分        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
?        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
"        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
)        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
?        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
e        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
:        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
l        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
i        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
a        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
s        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
E        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
n        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
d        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
;        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
         } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
}        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
}        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }

        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
