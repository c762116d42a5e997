-- One PostgreSQL server, one database per hub.
create database hub_a;
create database hub_b;
