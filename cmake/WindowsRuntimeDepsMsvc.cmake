# Run by `cmake --install` for the Visual Studio build (cmake/WindowsDeployMsvc.cmake), after
# the programs are installed: windeployqt puts the Qt DLLs and plugins beside them, then every
# other DLL that pressdesk.exe, pressdesk-cli.exe and the plugins import, directly or through
# another DLL, is copied from PRESSDESK_DLL_DIRS. Windows' own DLLs (those in %SystemRoot%) are
# not shipped; a DLL found nowhere whose name can only be ours (Qt6*, lib*, zlib*) is an error,
# never a folder that fails on a clean Windows.
set(_prefix "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
set(_programs "${_prefix}/pressdesk.exe" "${_prefix}/pressdesk-cli.exe")

# No Qt translations (PressDesk embeds its own), no compiler runtime (installed from Visual
# Studio's redistributable folder), no software OpenGL or Direct3D compiler (PressDesk draws
# with widgets only).
execute_process(
    COMMAND "${PRESSDESK_WINDEPLOYQT}" --release --no-translations --no-compiler-runtime
            --no-opengl-sw --no-system-d3d-compiler --dir "${_prefix}" ${_programs}
    RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "windeployqt failed (${_rc})")
endif()

file(GLOB _plugins "${_prefix}/*/*.dll")
set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM windows+pe)
set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL dumpbin)
set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND "${PRESSDESK_DUMPBIN}")
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${_programs}
    MODULES ${_plugins}
    # A plugin's Qt DLLs are the ones windeployqt put in the folder (a DLL beside the depending
    # file comes first, then Windows' own folders, then these).
    DIRECTORIES "${_prefix}" ${PRESSDESK_DLL_DIRS}
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    RESOLVED_DEPENDENCIES_VAR _resolved
    UNRESOLVED_DEPENDENCIES_VAR _unresolved
    CONFLICTING_DEPENDENCIES_PREFIX _conflict)

# A DLL found in two places (two prefixes with the same library) is taken from the first.
foreach(_name IN LISTS _conflict_FILENAMES)
    list(GET _conflict_${_name} 0 _first)
    message(WARNING "${_name} found in several places (${_conflict_${_name}}); ${_first} taken")
    list(APPEND _resolved "${_first}")
endforeach()
file(TO_CMAKE_PATH "$ENV{SystemRoot}/" _system_root)
string(TOLOWER "${_system_root}" _system_root)
string(TOLOWER "${_prefix}" _prefix_key)
foreach(_dll IN LISTS _resolved)
    file(TO_CMAKE_PATH "${_dll}" _dll)
    get_filename_component(_dir "${_dll}" DIRECTORY)
    string(TOLOWER "${_dll}" _key)
    string(TOLOWER "${_dir}" _dir_key)
    string(FIND "${_key}" "${_system_root}" _at)
    if(_at EQUAL 0 OR _dir_key STREQUAL _prefix_key)
        continue() # Windows' own, or already in the folder (windeployqt's)
    endif()
    file(INSTALL "${_dll}" DESTINATION "${_prefix}")
endforeach()
set(_missing)
foreach(_dll IN LISTS _unresolved)
    string(TOLOWER "${_dll}" _key)
    if(_key MATCHES "^(qt6|lib|zlib)")
        list(APPEND _missing "${_dll}")
    endif()
endforeach()
if(_missing)
    message(FATAL_ERROR "DLLs not found for the Windows folder: ${_missing}")
endif()
