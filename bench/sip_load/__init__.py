"""Shared machinery of the SIP load benches (bench/sip_register, bench/sip_calls).

servers: the servers under test (OpenCME, Kamailio) and /proc helpers; trial: one SIPp load step
and its pass/fail verdict; search: the interleaved rate search; report: the result table and the
ratio lines; profile: perf profile of OpenCME at its best rate.
"""
