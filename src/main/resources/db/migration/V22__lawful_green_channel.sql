-- Issue 12, green channel: the national project code and the key-project basis; each review keeps its statutory
-- limit (in the law's own unit, with the article, or NULL where no confirmed law sets one) beside the green
-- channel's commitment and that commitment's source. The invented "normal" limits are dropped.

ALTER TABLE green_channel_project ADD COLUMN project_code VARCHAR(40);
ALTER TABLE green_channel_project ADD COLUMN key_project_basis VARCHAR(30);
ALTER TABLE green_channel_project ADD COLUMN key_project_doc_no VARCHAR(100);

ALTER TABLE green_channel_review ADD COLUMN statutory_days INT;
ALTER TABLE green_channel_review ADD COLUMN statutory_basis VARCHAR(300);
ALTER TABLE green_channel_review ADD COLUMN commitment_source VARCHAR(300);
UPDATE green_channel_review SET statutory_days = 60,
    statutory_basis = '《中华人民共和国环境影响评价法》第二十二条：收到环境影响报告书之日起六十日内作出审批决定'
    WHERE review_type = 'EIA_REPORT';
UPDATE green_channel_review SET statutory_days = 30,
    statutory_basis = '《中华人民共和国环境影响评价法》第二十二条：收到环境影响报告表之日起三十日内作出审批决定'
    WHERE review_type = 'EIA_FORM';
UPDATE green_channel_review SET statutory_basis = '待确认：本审查事项登记于法定时限表修订之前'
    WHERE statutory_basis IS NULL;
UPDATE green_channel_review SET commitment_source = '待确认：绿色通道承诺时限为管理员设置，尚未记录来源文件';
ALTER TABLE green_channel_review DROP COLUMN normal_limit_days;
