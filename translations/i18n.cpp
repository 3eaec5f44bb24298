// The translations are resources of this library; see CMakeLists.txt.
