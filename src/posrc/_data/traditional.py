"""Traditional Chinese characters and their simplified forms, for comparing messages.

POS terminals in Hong Kong, Macau and Taiwan display their messages in traditional
characters (``42:無此賬戶``), and posrc's texts are simplified. Agreement reads both
alike through this table, which holds the characters of posrc's Chinese texts and
wordings whose traditional form differs, each with its simplified form as the
*Complete List of Simplified Characters* (《简化字总表》, 1986) gives it.
"""

from __future__ import annotations

# Pairs of traditional, simplified.
_PAIRS = (
    "與与業业丟丢個个為为亂乱爭争於于產产會会傳传偽伪體体餘余儲储兌兑內内寫写衝冲"
    "凍冻準准憑凭則则創创別别製制辦办務务動动協协單单賣卖買买書书壓压參参發发變变"
    "號号後后員员響响喚唤圍围圖图塊块墊垫處处復复複复夠够實实寶宝對对屬属幣币帳帐"
    "並并應应開开強强歸归當当錄录懷怀態态總总戶户擴扩報报擔担掛挂換换據据數数無无"
    "舊旧時时顯显暫暂條条構构標标檢检檔档沒没滿满點点狀状現现碼码確确種种稱称竊窃"
    "筆笔簽签類类係系約约級级線线終终經经綁绑結结絡络絕绝統统繼继續续維维編编縮缩"
    "網网聯联脫脱範范規规觸触計计訂订認认議议訊讯記记許许設设訪访證证識识詞词試试"
    "詢询該该詳详誤误請请讀读調调負负責责敗败賬账貨货費费資资軟软載载輯辑輸输達达"
    "過过這这進进違违連连遲迟選选鑑鉴鑒鉴鐘钟鑰钥錢钱銀银銷销鎖锁錯错長长門门閉闭"
    "問问間间陸陆險险頻频額额風风驗验預预權权機机執执護护盜盗異异臺台節节爲为僞伪"
    "關关諮咨嘗尝籤签轉转鍾钟"
)
SIMPLIFIED = str.maketrans(_PAIRS[0::2], _PAIRS[1::2])
"""A :meth:`str.translate` table from each traditional character to its simplified form."""
