-- .schema and sqlite_schema.sql after CREATE and ALTER, as sqlite3 prints them.
create table t(a integer primary key, b text);
create  table if not exists "u v" ( x int ,y) ;
Create Table w(z);
create unique index iu on t(b);
create index if not exists ib on t(b desc, a);
create view v as select a, b as bee from t;
create view v2(p, q) as select 1, 2;
create view "v 3" as select a+1, 'x' from t;
create table p(id integer primary key, code text unique);
create table c(x references p(id) on delete cascade, y int, check (y > 0));
.schema
.schema t
.schema v%
.schema *3
alter table w add column k text default 'x';
alter table w rename to w2;
alter table t rename column b to bb;
alter table p rename to parent;
alter table parent rename column id to "the id";
.schema
select name, tbl_name, sql from sqlite_schema;
pragma table_info(v);
pragma table_info(v2);
pragma table_info("v 3");
pragma table_info(c);
select * from v;
